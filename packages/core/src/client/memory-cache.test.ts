import { describe, expect, it } from 'vitest';
import { createMemoryCache } from './memory-cache.ts';

describe('memory cache', () => {
  it('expires entries after their TTL', async () => {
    let now = 0;
    const cache = createMemoryCache({ now: () => now });
    await cache.set('a', 1, 100);
    now = 99;
    expect(await cache.get('a')).toBe(1);
    now = 100;
    expect(await cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry when full', async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.set('a', 1, 1_000);
    await cache.set('b', 2, 1_000);
    await cache.get('a');
    await cache.set('c', 3, 1_000);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(1);
    expect(await cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('does not store with a zero TTL', async () => {
    const cache = createMemoryCache();
    await cache.set('a', 1, 0);
    expect(await cache.get('a')).toBeUndefined();
  });
});
