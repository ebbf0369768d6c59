import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheKey, stableStringify } from './cache-key.ts';

describe('cache key', () => {
  it('ignores key order and undefined fields', () => {
    expect(stableStringify({ b: 1, a: { d: [1, 2], c: undefined } })).toBe(
      stableStringify({ a: { d: [1, 2] }, b: 1 }),
    );
  });

  it('never contains the API key, and differs per key, operation and input', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8 }), fc.string({ minLength: 8 }), (keyA, keyB) => {
        fc.pre(keyA !== keyB);
        const a = cacheKey('avm', keyA, { postcode: '1071AA' });
        expect(a).not.toContain(keyA);
        expect(a).not.toBe(cacheKey('avm', keyB, { postcode: '1071AA' }));
      }),
    );
    expect(cacheKey('avm', 'k-123456', { x: 1 })).not.toBe(cacheKey('avmplus', 'k-123456', { x: 1 }));
    expect(cacheKey('avm', 'k-123456', { x: 1 })).not.toBe(cacheKey('avm', 'k-123456', { x: 2 }));
  });
});
