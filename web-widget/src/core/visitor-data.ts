// The visitor's own data-subject requests: download (access) and erasure. The visitor's token proves who it is, so
// no API key ever reaches the page. The token comes from the consent cookie (consent-cookie.ts).

import { decodeCookie } from './consent-cookie';
import type { SafeStorage } from './storage';

export type VisitorDataClient = ReturnType<typeof createVisitorDataClient>;

export function createVisitorDataClient(apiBase: string, siteId: string, fetchImpl: typeof fetch) {
  const base = `${apiBase}/v1/sites/${encodeURIComponent(siteId)}/visitors/`;

  async function call(visitorId: string, token: string, method: 'GET' | 'DELETE'): Promise<Response> {
    const path = encodeURIComponent(visitorId) + (method === 'GET' ? '/receipts' : '');
    const response = await fetchImpl(base + path, { credentials: 'omit', method, headers: { 'Visitor-Token': token } });
    if (!response.ok) throw new Error(`ConsentManager: ${method} of visitor data answered ${response.status}`);
    return response;
  }

  return {
    /** Every receipt, the sighting and the restriction state, as the API's JSON text. */
    download: async (visitorId: string, token: string) => (await call(visitorId, token, 'GET')).text(),
    erase: async (visitorId: string, token: string) => void (await call(visitorId, token, 'DELETE')),
  };
}

/**
 * The token the consent cookie holds and the visitor it names (`{visitorId}.{mac}`), or null before the API issued
 * one. The cookie may hold a token without a decision yet: the token alone says who the visitor is.
 */
export function readVisitorToken(storage: SafeStorage, cookieName: string): { visitorId: string; token: string } | null {
  const { visitorToken } = decodeCookie(storage.getCookie(cookieName));
  const dot = visitorToken?.lastIndexOf('.') ?? -1;
  return visitorToken && dot > 0 ? { visitorId: visitorToken.slice(0, dot), token: visitorToken } : null;
}
