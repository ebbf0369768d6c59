import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getOperation } from '../operations/catalog.ts';
import { cacheKey } from './cache-key.ts';

describe('cache key', () => {
  it('is the same for the same input typed in another order or spelling', () => {
    const avm = getOperation('avm')!;
    const a = avm.input.parse({ housenumber: '28', postcode: '1071 aa', houseaddition: 'b' });
    const b = avm.input.parse({ postcode: '1071AA', houseaddition: 'B', housenumber: 28 });
    expect(cacheKey('avm', 'k-123456', a)).toBe(cacheKey('avm', 'k-123456', b));
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
