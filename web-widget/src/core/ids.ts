// crypto.randomUUID exists only in secure contexts, and job boards still run plain-http staging
// sites, so receipt ids come from getRandomValues. Visitor ids and tokens are minted by the API.

/** A canonical lower-case UUID v4 (the API accepts no other form). */
export function newReceiptId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
