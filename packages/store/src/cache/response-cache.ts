import type { ResponseCache } from '@altum-chat/core';
import { type SqlDriver, toNumber } from '../sql/driver.ts';

/** Expired rows are deleted every this many writes, so the table stays small without a timer. */
const PRUNE_EVERY = 200;

/**
 * Creates a response cache shared by every instance on the same database, implementing core's
 * `ResponseCache`. Values are stored as JSON; an expired entry reads as a miss.
 */
export function createStoreResponseCache(db: SqlDriver, now: () => number = Date.now): ResponseCache {
  let writes = 0;
  return {
    async get(key: string): Promise<unknown | undefined> {
      const row = await db.get<{ value: string; expires_at: unknown }>(
        'SELECT value, expires_at FROM response_cache WHERE cache_key = ?',
        [key],
      );
      if (row === undefined || toNumber(row.expires_at) <= now()) return undefined;
      return JSON.parse(row.value) as unknown;
    },

    async set(key: string, value: unknown, ttlMs: number): Promise<void> {
      if (!(ttlMs > 0)) return;
      const json = JSON.stringify(value);
      if (json === undefined) return;
      await db.run(
        `INSERT INTO response_cache (cache_key, value, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (cache_key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
        [key, json, now() + ttlMs],
      );
      writes += 1;
      if (writes % PRUNE_EVERY === 0)
        await db.run('DELETE FROM response_cache WHERE expires_at <= ?', [now()]);
    },
  };
}
