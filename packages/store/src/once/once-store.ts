import type { SqlDriver } from '../sql/driver.ts';
import type { OnceStore } from '../types.ts';

/** Expired claims are swept on every this-many claims, so the table stays the size of one window. */
const SWEEP_EVERY = 256;

/**
 * Claims and one-time values shared by every instance on the same database: an interaction id seen
 * twice, an OAuth state used twice. One row per key with an expiry; the atomic insert (or take-over
 * of an expired row) decides who was first, so two instances never both win.
 */
export function createOnceStore(db: SqlDriver, now: () => number = Date.now): OnceStore {
  let claims = 0;
  return {
    async claim(key, ttlMs, value = '') {
      const at = now();
      claims += 1;
      if (claims % SWEEP_EVERY === 0) await db.run('DELETE FROM once_keys WHERE expires_at <= ?', [at]);
      const changed = await db.run(
        `INSERT INTO once_keys (once_key, value, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (once_key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
         WHERE once_keys.expires_at <= ?`,
        [key, value, at + ttlMs, at],
      );
      return changed === 1;
    },

    async take(key) {
      const at = now();
      const row = await db.get<{ value: string }>(
        'SELECT value FROM once_keys WHERE once_key = ? AND expires_at > ?',
        [key, at],
      );
      if (row === undefined) return undefined;
      // Only the instance whose DELETE removed the row gets the value.
      const removed = await db.run('DELETE FROM once_keys WHERE once_key = ? AND expires_at > ?', [key, at]);
      return removed === 1 ? row.value : undefined;
    },
  };
}
