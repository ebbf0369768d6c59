import type { ResponseCache } from '../client-types.ts';

export interface MemoryCacheOptions {
  /** Most entries kept; the least recently used goes first (default 1,000). */
  readonly maxEntries?: number;
  /** Clock in epoch milliseconds; tests pass a fake one. */
  readonly now?: () => number;
}

interface Entry {
  readonly value: unknown;
  readonly expiresAt: number;
}

/** A bounded in-memory LRU `ResponseCache`, the client's default. Entries expire after their TTL. */
export function createMemoryCache(
  options: MemoryCacheOptions = {},
): ResponseCache & { readonly size: number } {
  const maxEntries = Math.max(1, options.maxEntries ?? 1_000);
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, so re-inserting on read keeps the oldest entry first.
  const entries = new Map<string, Entry>();
  return {
    get size() {
      return entries.size;
    },
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.expiresAt <= now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    async set(key, value, ttlMs) {
      entries.delete(key);
      if (ttlMs <= 0) return;
      entries.set(key, { value, expiresAt: now() + ttlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
  };
}
