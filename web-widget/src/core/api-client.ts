import { normalizeSiteConfig, type Language, type SiteConfig } from '../config';
import type { Action, Choices } from './consent-state';

/** The body of `POST /v1/sites/{siteId}/consents`; the API rejects any other field. */
export interface ConsentBody {
  receiptId: string;
  visitorId: string;
  action: Action;
  choices: Choices;
  purposeVersions: Record<string, number>;
  language: Language;
  textHash: string;
}

/** `stored`: the API has it, or refused it for good (4xx); `retry`: try the same receipt again later. */
export type Delivery = 'stored' | 'retry';

export function createApiClient(apiBase: string, siteId: string, fetchImpl: typeof fetch) {
  const base = `${apiBase}/v1/sites/${encodeURIComponent(siteId)}`;
  // No credentials: the widget must never carry or receive a cookie for the API's domain.
  const init: RequestInit = { credentials: 'omit' };

  return {
    // The visitor id keeps feature variants sticky and, under opt-out, lets the site's processor get an
    // answer before any choice; the API keeps nothing for opt-in visitors who have not chosen.
    async loadConfig(language: Language, visitorId: string): Promise<SiteConfig> {
      const response = await fetchImpl(`${base}/config?lang=${language}&visitorId=${encodeURIComponent(visitorId)}`, init);
      if (!response.ok) throw new Error(`ConsentManager: config for site '${siteId}' answered ${response.status}`);
      return normalizeSiteConfig(await response.json());
    },

    async sendConsent(body: ConsentBody): Promise<Delivery> {
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
      if (status >= 500 || status === 429) return 'retry';
      // 409 means this receipt id already holds other content; resending cannot change that.
      if (status >= 400) console.warn(`ConsentManager: receipt ${body.receiptId} refused with ${status}`);
      return 'stored';
    },
  };
}
