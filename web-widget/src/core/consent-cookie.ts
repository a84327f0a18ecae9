import type { ConsentRecord } from './consent-state';

// The first-party consent cookie: the visitor token the API minted (so the next page acts as the
// same visitor) and, once there is one, the decision. Records of older widgets carry no token.

export interface ConsentCookie {
  visitorToken: string | null;
  record: ConsentRecord | null;
}

// The value is base64url JSON: every field is ASCII, and base64 needs no cookie escaping.
export function encodeCookie({ visitorToken, record }: ConsentCookie): string {
  return btoa(JSON.stringify({ ...record, visitorToken })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCookie(value: string | null): ConsentCookie {
  try {
    const { visitorToken, ...record } = JSON.parse(atob(value!.replace(/-/g, '+').replace(/_/g, '/')));
    const valid =
      typeof record.visitorId === 'string' &&
      typeof record.receiptId === 'string' &&
      typeof record.expiresAt === 'string' &&
      typeof record.choices === 'object' &&
      typeof record.purposeVersions === 'object' &&
      record.choices !== null &&
      record.purposeVersions !== null;
    return { visitorToken: typeof visitorToken === 'string' ? visitorToken : null, record: valid ? record : null };
  } catch {
    // A missing or tampered cookie is the same as no decision and no visitor.
    return { visitorToken: null, record: null };
  }
}
