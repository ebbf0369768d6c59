import type { Logger } from '@altum-chat/core';

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

export interface PgBossQueueOptions extends JobQueueOptions {
  readonly connectionString: string;
  /** pg-boss keeps its tables in its own schema; tests pass a unique one. */
  readonly schema: string;
  readonly logger: Logger;
}

/**
 * The Postgres queue, with pg-boss (~28 MB resident) loaded on first use: a SQLite deployment never
 * loads it, and a Postgres one only when the batch service starts.
 */
export function createPgBossQueue(options: PgBossQueueOptions): JobQueue {
  let loaded: Promise<JobQueue> | undefined;
  const queue = (): Promise<JobQueue> => {
    loaded ??= import('./pg-boss-queue.ts').then((module) => module.createPgBossQueue(options));
    return loaded;
  };
  return {
    kind: 'pg-boss',
    start: async (handler) => (await queue()).start(handler),
    enqueue: async (jobId, workers) => (await queue()).enqueue(jobId, workers),
    async stop(timeoutMs) {
      if (loaded) await (await loaded).stop(timeoutMs);
    },
  };
}
