import { describe, expect, it } from 'vitest';
import { newReceiptId } from '../../src/core/ids';

describe('identifiers', () => {
  it('makes canonical lower-case UUID v4 receipt ids', () => {
    const ids = new Set(Array.from({ length: 200 }, newReceiptId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
