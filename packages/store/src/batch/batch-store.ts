import { type SqlDriver, toNumber } from '../sql/driver.ts';
import type {
  BatchClaim,
  BatchCounts,
  BatchItem,
  BatchItemState,
  BatchJob,
  BatchJobState,
  BatchStore,
} from './batch-types.ts';

interface JobRow {
  id: string;
  platform: string;
  team_id: string;
  user_id: string;
  command: string;
  options: string;
  locale: string;
  state: string;
  file_name: string;
  input: string;
  delivery: string;
  estimate: string;
  created_at: unknown;
  finished_at: unknown;
  delivered_at: unknown;
}

const OPEN = `('pending', 'sending', 'recovering')`;

function toJob(row: JobRow): BatchJob {
  return {
    id: row.id,
    owner: { platform: row.platform, teamId: row.team_id, userId: row.user_id },
    command: row.command,
    options: JSON.parse(row.options) as Record<string, string>,
    locale: row.locale,
    state: row.state as BatchJobState,
    fileName: row.file_name,
    input: JSON.parse(row.input) as unknown,
    delivery: JSON.parse(row.delivery) as unknown,
    estimate: JSON.parse(row.estimate) as unknown,
    createdAt: new Date(toNumber(row.created_at)),
    ...(row.finished_at == null ? {} : { finishedAt: new Date(toNumber(row.finished_at)) }),
    ...(row.delivered_at == null ? {} : { deliveredAt: new Date(toNumber(row.delivered_at)) }),
  };
}

/** The store's `BatchStore` on either dialect; see `BatchStore` for the guarantees. */
export function createBatchStore(db: SqlDriver): BatchStore {
  // SQLite has one writer, so the inner SELECT cannot race; Postgres skips rows another worker holds.
  const skipLocked = db.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';

  const claim = async (
    jobId: string,
    worker: string,
    lease: number,
    now: number,
    from: 'pending' | 'expired',
  ): Promise<{ item_key: string; args: string } | undefined> => {
    const where =
      from === 'pending'
        ? `state = 'pending'`
        : `state IN ('sending', 'recovering') AND lease_until < ${Number(now)}`;
    const rows = await db.all<{ item_key: string; args: string }>(
      `UPDATE batch_items SET state = ?, claimed_by = ?, lease_until = ?
       WHERE job_id = ? AND ${where} AND item_key = (
         SELECT item_key FROM batch_items WHERE job_id = ? AND ${where} ORDER BY seq LIMIT 1${skipLocked})
       RETURNING item_key, args`,
      [from === 'pending' ? 'sending' : 'recovering', worker, lease, jobId, jobId],
    );
    return rows[0];
  };

  return {
    async createJob(job) {
      const at = (job.now ?? new Date()).getTime();
      await db.transaction(async (tx) => {
        await tx.run(
          `INSERT INTO batch_jobs (id, platform, team_id, user_id, command, options, locale, state, file_name,
             input, delivery, estimate, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'estimated', ?, ?, ?, ?, ?, ?)`,
          [
            job.id,
            job.owner.platform,
            job.owner.teamId,
            job.owner.userId,
            job.command,
            JSON.stringify(job.options),
            job.locale,
            job.fileName,
            JSON.stringify(job.input),
            JSON.stringify(job.delivery ?? null),
            JSON.stringify(job.estimate ?? null),
            at,
            at,
          ],
        );
        let seq = 0;
        for (const item of job.items) {
          await tx.run(
            `INSERT INTO batch_items (job_id, item_key, seq, args, state, credits, cache_hit)
             VALUES (?, ?, ?, ?, 'pending', 0, 0)`,
            [job.id, item.key, seq++, item.args],
          );
        }
      });
    },

    async getJob(id) {
      const row = await db.get<JobRow>('SELECT * FROM batch_jobs WHERE id = ?', [id]);
      return row ? toJob(row) : undefined;
    },

    async transition(id, from, to, now = new Date()) {
      if (from.length === 0) return false;
      const changed = await db.run(
        `UPDATE batch_jobs SET state = ?, updated_at = ? WHERE id = ? AND state IN (${from.map(() => '?').join(', ')})`,
        [to, now.getTime(), id, ...from],
      );
      return changed > 0;
    },

    async listJobIds(state) {
      const rows = await db.all<{ id: string }>(
        'SELECT id FROM batch_jobs WHERE state = ? ORDER BY created_at',
        [state],
      );
      return rows.map((row) => row.id);
    },

    async claimItem(jobId, worker, leaseMs, now = new Date()): Promise<BatchClaim | undefined> {
      const at = now.getTime();
      const fresh = await claim(jobId, worker, at + leaseMs, at, 'pending');
      if (fresh) return { key: fresh.item_key, args: fresh.args, recovered: false };
      const stale = await claim(jobId, worker, at + leaseMs, at, 'expired');
      return stale ? { key: stale.item_key, args: stale.args, recovered: true } : undefined;
    },

    async finishItem(jobId, key, worker, item, now = new Date()) {
      const changed = await db.run(
        `UPDATE batch_items SET state = ?, result = ?, credits = ?, cache_hit = ?, finished_at = ?,
           claimed_by = NULL, lease_until = NULL
         WHERE job_id = ? AND item_key = ? AND claimed_by = ? AND state IN ('sending', 'recovering')`,
        [
          item.state,
          JSON.stringify(item.result ?? null),
          item.credits,
          item.cacheHit ? 1 : 0,
          now.getTime(),
          jobId,
          key,
          worker,
        ],
      );
      return changed > 0;
    },

    async releaseItem(jobId, key, worker) {
      await db.run(
        `UPDATE batch_items SET state = 'pending', claimed_by = NULL, lease_until = NULL
         WHERE job_id = ? AND item_key = ? AND claimed_by = ? AND state = 'sending'`,
        [jobId, key, worker],
      );
    },

    async counts(jobId): Promise<BatchCounts> {
      const rows = await db.all<{ state: string; n: unknown; credits: unknown; hits: unknown }>(
        `SELECT state, COUNT(*) AS n, COALESCE(SUM(credits), 0) AS credits, COALESCE(SUM(cache_hit), 0) AS hits
         FROM batch_items WHERE job_id = ? GROUP BY state`,
        [jobId],
      );
      let total = 0;
      let open = 0;
      let done = 0;
      let failed = 0;
      let credits = 0;
      let cacheHits = 0;
      for (const row of rows) {
        const n = toNumber(row.n);
        total += n;
        credits += toNumber(row.credits);
        cacheHits += toNumber(row.hits);
        if (row.state === 'done') done += n;
        else if (row.state === 'failed') failed += n;
        else open += n;
      }
      return { total, open, done, failed, credits, cacheHits };
    },

    async items(jobId): Promise<BatchItem[]> {
      const rows = await db.all<{
        item_key: string;
        args: string;
        state: string;
        result: string | null;
        credits: unknown;
        cache_hit: unknown;
      }>(
        'SELECT item_key, args, state, result, credits, cache_hit FROM batch_items WHERE job_id = ? ORDER BY seq',
        [jobId],
      );
      return rows.map((row) => ({
        key: row.item_key,
        args: row.args,
        state: row.state as BatchItemState,
        ...(row.result == null ? {} : { result: JSON.parse(row.result) as unknown }),
        credits: toNumber(row.credits),
        cacheHit: toNumber(row.cache_hit) > 0,
      }));
    },

    async completeJob(id, now = new Date()) {
      const changed = await db.run(
        `UPDATE batch_jobs SET state = 'done', finished_at = ?, updated_at = ?
         WHERE id = ? AND state = 'running'
           AND NOT EXISTS (SELECT 1 FROM batch_items WHERE job_id = ? AND state IN ${OPEN})`,
        [now.getTime(), now.getTime(), id, id],
      );
      return changed > 0;
    },

    async claimDelivery(id, now = new Date()) {
      const changed = await db.run(
        `UPDATE batch_jobs SET delivered_at = ? WHERE id = ? AND state IN ('done', 'cancelled') AND delivered_at IS NULL`,
        [now.getTime(), id],
      );
      return changed > 0;
    },
  };
}
