import { describe, expect, it } from 'vitest';
import { newReceiptId, newVisitorId, textHash } from '../../src/core/ids';

describe('identifiers', () => {
  it('makes canonical lower-case UUID v4 receipt ids', () => {
    const ids = new Set(Array.from({ length: 200 }, newReceiptId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes 22-character base64url visitor ids (128 random bits)', () => {
    const ids = new Set(Array.from({ length: 200 }, newVisitorId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('hashes texts as fnv1a64 within the API pattern', () => {
    expect(textHash('')).toBe('fnv1a64:cbf29ce484222325');
    expect(textHash('a')).toBe('fnv1a64:af63dc4c8601ec8c');
    expect(textHash('Alles accepteren')).not.toBe(textHash('Alles weigeren'));
    expect(textHash('€ ünïcode')).toMatch(/^[A-Za-z0-9:_-]{1,128}$/);
  });
});
