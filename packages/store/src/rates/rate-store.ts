import type { SqlDriver } from '../sql/driver.ts';
import { toNumber } from '../sql/driver.ts';
import type { RateStore } from '../types.ts';

/** Old windows are swept on every this-many hits. */
const SWEEP_EVERY = 512;

/**
 * Fixed-window counters shared by every instance on the database: one row per key and window, bumped
 * atomically, so "30 commands a minute" holds however many instances a user's requests reach.
 */
export function createRateStore(db: SqlDriver, now: () => number = Date.now): RateStore {
  let hits = 0;
  return {
    async hit(key, windowMs, limit) {
      const at = now();
      const windowStart = at - (at % windowMs);
      hits += 1;
      if (hits % SWEEP_EVERY === 0) {
        await db.run('DELETE FROM rate_windows WHERE window_start < ?', [windowStart - windowMs]);
      }
      const row = await db.get<{ hits: unknown }>(
        `INSERT INTO rate_windows (rate_key, window_start, hits) VALUES (?, ?, 1)
         ON CONFLICT (rate_key, window_start) DO UPDATE SET hits = rate_windows.hits + 1
         RETURNING hits`,
        [key, windowStart],
      );
      const count = toNumber(row?.hits);
      return count <= limit
        ? { allowed: true, retryAfterMs: 0 }
        : { allowed: false, retryAfterMs: windowStart + windowMs - at };
    },
  };
}
