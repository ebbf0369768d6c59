import type { Logger } from '@altum-chat/core';
import { PgBoss } from 'pg-boss';

/** Works on one job until it has no claimable item left; must not throw for an ordinary failure. */
export type JobHandler = (jobId: string) => Promise<void>;

/**
 * Wakes workers for a job. With Postgres it is pg-boss, so any instance picks the job up and a job
 * whose instance died is handed to another; embedded, it runs the handler in this process. Either
 * way the rows themselves are claimed from `batch_items`, which is what prevents doubles.
 */
export interface JobQueue {
  readonly kind: 'in-process' | 'pg-boss';
  start(handler: JobHandler): Promise<void>;
  /** Asks `workers` workers (on any instance) to work on the job. */
  enqueue(jobId: string, workers?: number): Promise<void>;
  /** Stops taking new work and waits for running handlers (up to `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}

/** The embedded default: handlers run in this process; a restart resumes through `listJobIds('running')`. */
export function createInProcessQueue(logger: Logger): JobQueue {
  let handler: JobHandler | undefined;
  let stopped = false;
  const running = new Set<Promise<void>>();
  return {
    kind: 'in-process',
    async start(h) {
      handler = h;
    },
    async enqueue(jobId, workers = 1) {
      if (!handler || stopped) return;
      for (let i = 0; i < Math.max(1, workers); i++) {
        const run = handler(jobId).catch((error: unknown) => {
          logger.error({ job: jobId, err: { message: String(error) } }, 'batch worker failed');
        });
        running.add(run);
        void run.finally(() => running.delete(run));
      }
    },
    async stop(timeoutMs = 20_000) {
      stopped = true;
      await Promise.race([
        Promise.allSettled([...running]),
        new Promise((r) => setTimeout(r, timeoutMs).unref()),
      ]);
    },
  };
}

/** Tuning for the Postgres queue; the embedded queue has none. */
export interface JobQueueOptions {
  /** Seconds without a heartbeat before pg-boss hands a job to another worker (default 30; pg-boss's minimum is 10). */
  readonly heartbeatSeconds?: number;
  /** Parallel jobs this instance works (default 4). */
  readonly localConcurrency?: number;
}

interface PgBossQueueOptions extends JobQueueOptions {
  readonly connectionString: string;
  /** pg-boss keeps its tables in its own schema; tests pass a unique one. */
  readonly schema: string;
  readonly logger: Logger;
}

const QUEUE = 'altum-chat-batch';

/**
 * pg-boss (https://github.com/timgit/pg-boss): `send` puts a wake-up in Postgres, `work` polls with
 * `SKIP LOCKED`; a worker that dies stops its heartbeat and the job is retried elsewhere.
 */
export function createPgBossQueue(options: PgBossQueueOptions): JobQueue {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema,
    max: 4,
    application_name: 'altum-chat-batch',
  });
  // pg-boss reports connection trouble as events; an unhandled 'error' would crash the process.
  boss.on('error', (error: Error) =>
    options.logger.error({ err: { message: error.message } }, 'pg-boss error'),
  );
  let started = false;
  return {
    kind: 'pg-boss',
    async start(handler) {
      const heartbeatSeconds = Math.max(10, Math.round(options.heartbeatSeconds ?? 30));
      await boss.start();
      started = true;
      await boss.createQueue(QUEUE, {
        heartbeatSeconds,
        retryLimit: 100,
        retryDelay: 1,
        expireInSeconds: 24 * 3600,
      });
      await boss.work<{ jobId: string }>(
        QUEUE,
        {
          localConcurrency: options.localConcurrency ?? 4,
          // One wake-up per job per instance: the fetch skips a job this instance already works, so a
          // job's second wake-up goes to another instance and both share its rows.
          localGroupConcurrency: 1,
          pollingIntervalSeconds: 0.5,
          heartbeatRefreshSeconds: Math.floor(heartbeatSeconds / 3),
        },
        async (jobs) => {
          for (const job of jobs) await handler(job.data.jobId);
        },
      );
    },
    async enqueue(jobId, workers = 1) {
      for (let i = 0; i < Math.max(1, workers); i++)
        await boss.send(QUEUE, { jobId }, { group: { id: jobId } });
    },
    async stop(timeoutMs = 20_000) {
      if (!started) return;
      await boss.stop({ graceful: true, timeout: timeoutMs, close: true });
    },
  };
}
