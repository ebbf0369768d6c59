import { type AltumClient, keyFingerprint, type Logger, parseAddress, resolveApiKey } from '@altum-chat/core';
import type { BatchClaim, BatchCounts, BatchJob, Store } from '@altum-chat/store';
import { resolveLocale } from '../i18n/locale.ts';
import { createTranslator } from '../i18n/translate.ts';
import type { Reply } from '../reply/reply.ts';
import type { ChatRunner, Platform, Requester } from '../runner/types.ts';
import { getBatchCommand } from './batch-commands.ts';
import type { ItemResult } from './batch-job-data.ts';
import type { KeyLimiter } from './key-limiter.ts';

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/** A Retry-After we never got still needs a pause; Altum's docs give none for 429. */
const DEFAULT_BACKOFF_MS = 5_000;
const MAX_RATE_LIMITED = 5;

export interface WorkerDeps {
  readonly store: Store;
  readonly client: AltumClient;
  readonly runner: ChatRunner;
  readonly limiter: KeyLimiter;
  readonly deploymentKey?: string | undefined;
  readonly logger: Logger;
  /** This process's id on claims (never derived from a key). */
  readonly instanceId: string;
  /** Parallel rows one job may have in flight in this process (bounded again per key by the limiter). */
  readonly concurrency: number;
  /** How long a claim holds before another worker treats its process as dead. */
  readonly leaseMs: number;
  /** Aborted when the service stops: a worker waiting for another's claims gives up then. */
  readonly signal: AbortSignal;
  readonly progressIntervalMs: number;
  readonly onProgress: (job: BatchJob, counts: BatchCounts, etaMs: number | undefined) => Promise<void>;
  /** Called once per finished (or cancelled and drained) job, by the worker that claimed its delivery. */
  readonly onFinished: (job: BatchJob) => Promise<void>;
}

export function requesterOf(job: BatchJob): Requester {
  return {
    platform: job.owner.platform as Platform,
    teamId: job.owner.teamId,
    userId: job.owner.userId,
    locale: job.locale,
  };
}

/** What a row's reply is stored as: the fields a user would read, or the error they would read. */
export function itemResult(reply: Reply): ItemResult {
  // A picker is a question, not an answer: the row names one address only when it resolves to one.
  if (reply.kind === 'error' || reply.kind === 'usage' || reply.kind === 'picker') {
    return { ok: false, error: [reply.title, reply.summary].filter(Boolean).join(': ') };
  }
  return {
    ok: true,
    fields: reply.fields.map((field) => [field.label, field.value] as const),
    ...(reply.badge ? { label: reply.badge.current } : {}),
  };
}

/**
 * Works one job: each slot claims an address, runs the command through the chat runner (key,
 * cache, budget, usage: the same path as a typed command), stores the result, and only then claims
 * the next. A claim left by a dead process is answered from the cache or marked interrupted, never
 * sent again, because its request may already have been paid.
 */
export function createBatchWorker(deps: WorkerDeps) {
  const rateLimited = new Map<string, number>();

  async function runClaim(
    job: BatchJob,
    claim: BatchClaim,
    apiKey: string,
    limiterKey: string,
  ): Promise<'stored' | 'released'> {
    const requester = requesterOf(job);
    const t = createTranslator(resolveLocale(job.locale, undefined));
    const text = [job.command, claim.args, ...Object.entries(job.options).map(([k, v]) => `${k}=${v}`)].join(
      ' ',
    );
    if (claim.recovered) {
      const command = getBatchCommand(job.command);
      const parsed = parseAddress(claim.args);
      const request = command && parsed.ok ? command.request(parsed.address, job.options) : undefined;
      const cached = request ? await deps.client.isCached(request.id, request.input, { apiKey }) : false;
      if (!cached) {
        await deps.store.batches.finishItem(job.id, claim.key, deps.instanceId, {
          state: 'failed',
          result: { ok: false, error: t('batch.row.interrupted') } satisfies ItemResult,
          credits: 0,
          cacheHit: false,
        });
        return 'stored';
      }
    }
    const reply = await deps.runner.run(requester, { kind: 'text', text });
    if (reply.failure?.kind === 'rate_limited' && !claim.recovered) {
      // A 429 was refused before it was processed: nothing was paid, so the row goes back.
      const count = (rateLimited.get(`${job.id}:${claim.key}`) ?? 0) + 1;
      rateLimited.set(`${job.id}:${claim.key}`, count);
      deps.limiter.pause(limiterKey, reply.failure.retryAfterMs ?? DEFAULT_BACKOFF_MS);
      if (count < MAX_RATE_LIMITED) {
        await deps.store.batches.releaseItem(job.id, claim.key, deps.instanceId);
        return 'released';
      }
    } else if (reply.kind !== 'error') {
      deps.limiter.succeeded(limiterKey);
    }
    const result = itemResult(reply);
    await deps.store.batches.finishItem(job.id, claim.key, deps.instanceId, {
      state: result.ok ? 'done' : 'failed',
      result,
      credits: reply.footer?.credits ?? 0,
      cacheHit: reply.footer?.cacheHit === true,
    });
    return 'stored';
  }

  return async function work(jobId: string): Promise<void> {
    const job = await deps.store.batches.getJob(jobId);
    if (!job) return;
    if (job.state === 'running') {
      const owner = job.owner;
      const key = await resolveApiKey(deps.store.keys, owner, { deploymentKey: deps.deploymentKey });
      if (!key.ok) {
        // No key any more: every row would fail the same way; the runner says so per row for free.
        deps.logger.warn({ job: jobId }, 'batch owner has no key');
      }
      const apiKey = key.ok ? key.apiKey : '';
      const limiterKey = key.ok ? keyFingerprint(key.apiKey) : `none:${owner.platform}:${owner.teamId}`;
      const started = Date.now();
      const startCounts = await deps.store.batches.counts(jobId);
      let lastProgress = 0;
      const progress = async (force: boolean) => {
        if (!force && Date.now() - lastProgress < deps.progressIntervalMs) return;
        lastProgress = Date.now();
        const counts = await deps.store.batches.counts(jobId);
        const processed = counts.done + counts.failed - (startCounts.done + startCounts.failed);
        const etaMs = processed > 0 ? ((Date.now() - started) / processed) * counts.open : undefined;
        await deps
          .onProgress(job, counts, etaMs)
          .catch((error: unknown) =>
            deps.logger.warn({ job: jobId, err: { message: String(error) } }, 'batch progress update failed'),
          );
      };
      const slot = async () => {
        for (;;) {
          const current = await deps.store.batches.getJob(jobId);
          if (current?.state !== 'running' || deps.signal.aborted) return;
          const release = await deps.limiter.acquire(limiterKey);
          try {
            const claim = await deps.store.batches.claimItem(jobId, deps.instanceId, deps.leaseMs);
            if (!claim) return;
            await runClaim(job, claim, apiKey, limiterKey);
          } finally {
            release();
          }
          await progress(false);
        }
      };
      // Nothing claimable may still mean rows claimed by another worker: a live instance finishing
      // them, or a process that died less than a lease ago (a quick restart). Leaving then would
      // strand the job in `running` with nobody to recover those rows, so wait and look again.
      const recheckMs = Math.max(50, Math.min(1_000, deps.leaseMs / 2));
      for (;;) {
        await Promise.all(Array.from({ length: Math.max(1, deps.concurrency) }, slot));
        if (await deps.store.batches.completeJob(jobId)) await progress(true);
        const current = await deps.store.batches.getJob(jobId);
        if (current?.state !== 'running' || deps.signal.aborted) break;
        if ((await deps.store.batches.counts(jobId)).open === 0) break;
        await sleep(recheckMs, deps.signal);
      }
    }
    await deliverIfDrained(jobId);
  };

  async function deliverIfDrained(jobId: string): Promise<void> {
    const job = await deps.store.batches.getJob(jobId);
    if (!job || (job.state !== 'done' && job.state !== 'cancelled')) return;
    if (job.state === 'cancelled') {
      const items = await deps.store.batches.items(jobId);
      if (items.some((item) => item.state === 'sending' || item.state === 'recovering')) return;
    }
    if (!(await deps.store.batches.claimDelivery(jobId))) return;
    const delivered = (await deps.store.batches.getJob(jobId)) ?? job;
    await deps
      .onFinished(delivered)
      .catch((error: unknown) =>
        deps.logger.error({ job: jobId, err: { message: String(error) } }, 'batch delivery failed'),
      );
  }
}
