import { randomUUID } from 'node:crypto';
import type { AddressResolver } from '@altum-chat/address';
import { type AltumClient, type Logger, silentLogger } from '@altum-chat/core';
import type { BatchCounts, BatchJob, JobQueue, JobQueueOptions, Store } from '@altum-chat/store';
import type { CommandRegistry } from '../commands/create-registry.ts';
import { defaultRegistry } from '../commands/registry.ts';
import { createFormatter } from '../format/formatter.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';
import type { Reply } from '../reply/reply.ts';
import { requesterPreferences } from '../runner/requester-locale.ts';
import type { ChatRunner, Requester } from '../runner/types.ts';
import { handleBatchAction } from './batch-actions.ts';
import { type BatchLimits, type BatchUpload, DEFAULT_BATCH_LIMITS, prepareBatch } from './batch-prepare.ts';
import { parseBatchActionId, progressReply } from './batch-replies.ts';
import { type BatchResult, buildBatchResult } from './batch-result.ts';
import { createBatchWorker } from './batch-worker.ts';
import { createKeyLimiter } from './key-limiter.ts';

export type { BatchLimits, BatchUpload } from './batch-prepare.ts';
export { DEFAULT_BATCH_LIMITS } from './batch-prepare.ts';

/** What adapters hear while a job runs; `finished` comes once per job, on the instance delivering it. */
export type BatchEvent =
  | { readonly type: 'progress'; readonly job: BatchJob; readonly reply: Reply; readonly counts: BatchCounts }
  | { readonly type: 'finished'; readonly job: BatchJob; readonly result: BatchResult };

export interface BatchServiceOptions {
  readonly store: Store;
  readonly client: AltumClient;
  readonly runner: ChatRunner;
  readonly deploymentKey?: string | undefined;
  readonly logger?: Logger;
  readonly demo?: boolean;
  readonly defaultLocale?: Locale;
  readonly registry?: CommandRegistry;
  /** Free-text addresses in a single address column are looked up here (PDOK, free). */
  readonly addresses?: AddressResolver | undefined;
  readonly limits?: Partial<BatchLimits>;
  /** Rows in flight per API key in this process (default 4). */
  readonly concurrency?: number;
  /** Claim lease (default 2 min, longer than any call with its retries). */
  readonly leaseMs?: number;
  /** How often progress is reported (default 5 s). */
  readonly progressIntervalMs?: number;
  /** Workers asked for per job on the shared queue, so several instances share its rows (default 2). */
  readonly workersPerJob?: number;
  readonly queue?: JobQueueOptions;
  readonly instanceId?: string;
  readonly onEvent?: (event: BatchEvent) => Promise<void> | void;
}

export interface BatchService {
  /** Reads the file and answers with the estimate and Confirm / Cancel; nothing is spent. */
  prepare(requester: Requester, upload: BatchUpload): Promise<Reply>;
  /** Handles `batch:confirm:<id>` and `batch:cancel:<id>`; undefined for any other action id. */
  handleAction(requester: Requester, actionId: string): Promise<Reply | undefined>;
  /** Starts the queue and resumes jobs that were running when the process stopped. */
  start(): Promise<void>;
  stop(timeoutMs?: number): Promise<void>;
  /** Builds the result files and summary for a finished job (also used after delivery). */
  result(jobId: string): Promise<BatchResult | undefined>;
}

/** Portfolios: `batch <command> <file>` as one durable job (estimate → confirm → rows → result files). */
export function createBatchService(options: BatchServiceOptions): BatchService {
  const logger = options.logger ?? silentLogger;
  const registry = options.registry ?? defaultRegistry;
  const limits = { ...DEFAULT_BATCH_LIMITS, ...options.limits };
  const fallback = options.defaultLocale ?? DEFAULT_LOCALE;
  const instanceId = options.instanceId ?? randomUUID();
  const queue: JobQueue = options.store.createJobQueue(options.queue);
  const concurrency = options.concurrency ?? 4;
  const resumed = new Set<Promise<void>>();
  const stopping = new AbortController();
  const emit = async (event: BatchEvent) => {
    await options.onEvent?.(event);
  };
  const translatorFor = (job: BatchJob): { t: Translate; locale: Locale } => {
    const locale: Locale = job.locale === 'en' ? 'en' : 'nl';
    return { t: createTranslator(locale), locale };
  };

  const work = createBatchWorker({
    store: options.store,
    client: options.client,
    runner: options.runner,
    limiter: createKeyLimiter(concurrency),
    deploymentKey: options.deploymentKey,
    logger,
    instanceId,
    concurrency,
    leaseMs: options.leaseMs ?? 120_000,
    signal: stopping.signal,
    progressIntervalMs: options.progressIntervalMs ?? 5_000,
    async onProgress(job, counts, etaMs) {
      const { t, locale } = translatorFor(job);
      const reply = progressReply(t, createFormatter(locale), {
        command: job.command,
        jobId: job.id,
        done: counts.done + counts.failed,
        total: counts.total,
        credits: counts.credits,
        errors: counts.failed,
        etaMs,
      });
      await emit({ type: 'progress', job, reply, counts });
    },
    async onFinished(job) {
      const result = await buildBatchResult(options.store, job, options.demo ?? false);
      await emit({ type: 'finished', job, result });
    },
  });

  async function localeOf(requester: Requester): Promise<Locale> {
    return (await requesterPreferences(options.store, requester, fallback, logger)).locale;
  }

  const prepareDeps = {
    store: options.store,
    client: options.client,
    deploymentKey: options.deploymentKey,
    addresses: options.addresses,
    registry,
    limits,
    demo: options.demo ?? false,
    logger,
  };
  const actionDeps = { store: options.store, queue, workersPerJob: options.workersPerJob ?? 2 };

  return {
    async prepare(requester, upload) {
      return prepareBatch(prepareDeps, requester, await localeOf(requester), upload);
    },

    async handleAction(requester, actionId) {
      if (!parseBatchActionId(actionId)) return undefined;
      return handleBatchAction(actionDeps, requester, await localeOf(requester), actionId);
    },

    async start() {
      await queue.start((jobId) => work(jobId));
      // Jobs that were running when this process (or another instance) stopped: claims are atomic,
      // so resuming here as well as through the queue's own retry never works a row twice.
      for (const jobId of await options.store.batches.listJobIds('running')) {
        const run = work(jobId).catch((error: unknown) =>
          logger.error({ job: jobId, err: { message: String(error) } }, 'batch resume failed'),
        );
        resumed.add(run);
        void run.finally(() => resumed.delete(run));
      }
    },

    async stop(timeoutMs = 20_000) {
      // Rows in flight finish and are stored; no slot claims another, so the rest resume next start.
      stopping.abort();
      await queue.stop(timeoutMs);
      await Promise.race([
        Promise.allSettled([...resumed]),
        new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
      ]);
    },

    async result(jobId) {
      const job = await options.store.batches.getJob(jobId);
      return job ? buildBatchResult(options.store, job, options.demo ?? false) : undefined;
    },
  };
}
