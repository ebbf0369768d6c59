import { PgBoss } from 'pg-boss';
import type { JobQueue, PgBossQueueOptions } from './job-queue.ts';

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
