import type { Language } from '../api-contract';
import { normalizeSiteConfig, type SiteConfig } from '../config';
import { VISITOR_TOKEN_HEADER } from '../constants';
import type { Receipt } from './receipts';

/**
 * `stored`: the API has it. `retry`: try the same receipt again later (network, 5xx, 429).
 * `rebuild`: refused (4xx); make it again from fresh config. `new-visitor`: the visitor token was
 * refused (401/403); drop it, and make the receipt again for a newly minted visitor.
 */
export type Delivery = 'stored' | 'retry' | 'rebuild' | 'new-visitor';

export function createApiClient(apiBase: string, siteId: string, fetchImpl: typeof fetch) {
  const base = `${apiBase}/v1/sites/${encodeURIComponent(siteId)}`;
  // No credentials: the widget must never carry or receive a cookie for the API's domain.
  const init: RequestInit = { credentials: 'omit' };

  return {
    // The token travels in a header, never the URL: URLs end up in access logs. Without one (or
    // with one the API no longer accepts) the answer names a newly minted visitor.
    async loadConfig(language: Language, visitorToken: string | null): Promise<SiteConfig> {
      const headers: HeadersInit = visitorToken ? { [VISITOR_TOKEN_HEADER]: visitorToken } : {};
      const response = await fetchImpl(`${base}/config?lang=${language}`, { ...init, headers });
      if (!response.ok) throw new Error(`ConsentManager: config for site '${siteId}' answered ${response.status}`);
      return normalizeSiteConfig(await response.json());
    },

    async sendConsent(receipt: Receipt, visitorToken: string): Promise<Delivery> {
      const { receiptId, action, choices, purposeVersions, language, textHash, source, userActivation, defaulted } = receipt;
      // Exactly the contract's fields, whatever an older widget left in the queue.
      const body = { receiptId, visitorToken, action, choices, purposeVersions, language, textHash, source, userActivation, defaulted };
      let status: number;
      try {
        // No keepalive: with a JSON body it needs a preflight, which some browsers refuse for
        // keepalive requests. A receipt cut off by navigation is still queued and resent.
        const response = await fetchImpl(`${base}/consents`, {
          ...init,
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        status = response.status;
      } catch {
        return 'retry';
      }
      if (status < 300) return 'stored';
      if (status >= 500 || status === 429) return 'retry';
      console.warn(`ConsentManager: receipt ${receiptId} refused with ${status}`);
      return status === 401 || status === 403 ? 'new-visitor' : 'rebuild';
    },
  };
}
