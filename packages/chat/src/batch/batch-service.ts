import { randomUUID } from 'node:crypto';
import { type AltumClient, type Logger, silentLogger } from '@altum-chat/core';
import type { BatchCounts, BatchJob, JobQueue, JobQueueOptions, Store } from '@altum-chat/store';
import type { CommandRegistry } from '../commands/create-registry.ts';
import type { OptionValue } from '../commands/define-command.ts';
import { replyBody } from '../commands/define-command.ts';
import { defaultRegistry } from '../commands/registry.ts';
import { errorReply } from '../errors/error-reply.ts';
import { createFormatter } from '../format/formatter.ts';
import { readMeasure } from '../grammar/measure-reader.ts';
import { parseText } from '../grammar/parse-text.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';
import type { Reply } from '../reply/reply.ts';
import { requesterPreferences } from '../runner/requester-locale.ts';
import type { ChatRunner, Requester } from '../runner/types.ts';
import { checkRows } from './address-rows.ts';
import { BATCH_COMMANDS, getBatchCommand } from './batch-commands.ts';
import { BatchFileError, isBatchFileError } from './batch-file-error.ts';
import type { StoredEstimate, StoredInput } from './batch-job-data.ts';
import { asReply, estimateReply, parseBatchActionId, progressReply } from './batch-replies.ts';
import { type BatchResult, buildBatchResult } from './batch-result.ts';
import { createBatchWorker } from './batch-worker.ts';
import { findAddressColumns } from './columns.ts';
import { estimateBatch } from './estimate.ts';
import { createKeyLimiter } from './key-limiter.ts';
import { readTable } from './read-table.ts';

/** Limits on one upload (configurable per deployment: BATCH_MAX_ROWS, BATCH_MAX_BYTES). */
export interface BatchLimits {
  readonly maxRows: number;
  readonly maxBytes: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxRows: 5_000, maxBytes: 5 * 1024 * 1024 };

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

export interface BatchUpload {
  /** `value`, `waarde`, …; may be followed by options (`advice target=B`). */
  readonly command: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Where results go (channel, thread); never a token. */
  readonly delivery?: unknown;
  /** XLSX sheet name or number. */
  readonly sheet?: string;
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

  function fileErrorReply(t: Translate, error: BatchFileError, reference: string): Reply {
    return asReply(
      replyBody({
        title: t('batch.file.title'),
        summary: t(`batch.file.${error.problem}`, error.params),
        fields: [{ label: t('error.field.example'), value: `\`\`\`\n${t('batch.file.example')}\n\`\`\`` }],
        private: true,
      }),
      'usage',
      reference,
    );
  }

  /** `advice target=B` → the canonical command and its non-address options, checked by the grammar. */
  function readCommand(text: string): { name: string; options: Record<string, OptionValue> } {
    const [word = '', ...rest] = text.trim().split(/\s+/);
    const command = registry.get(word);
    if (!command || !getBatchCommand(command.name)) {
      throw new BatchFileError('unsupported_command', {
        commands: BATCH_COMMANDS.map((c) => c.name).join(', '),
      });
    }
    // The grammar validates the options exactly as for one address (aliases, choices, "did you mean").
    const parsed = parseText([word, '1071AA 1', ...rest].join(' '), registry, { readMeasure });
    const names = new Set(command.args.filter((arg) => arg.kind !== 'address').map((arg) => arg.name));
    const optionsOut: Record<string, OptionValue> = {};
    for (const [key, value] of Object.entries(parsed.args.options)) {
      if (names.has(key) && value !== undefined) optionsOut[key] = value;
    }
    return { name: command.name, options: optionsOut };
  }

  async function ownJob(requester: Requester, jobId: string, t: Translate): Promise<BatchJob | Reply> {
    const job = await options.store.batches.getJob(jobId);
    const info = (key: 'batch.error.notFound' | 'batch.error.notYours') =>
      asReply(replyBody({ title: t(key), private: true }), 'usage', jobId);
    if (!job) return info('batch.error.notFound');
    const { owner } = job;
    if (
      owner.platform !== requester.platform ||
      owner.teamId !== requester.teamId ||
      owner.userId !== requester.userId
    )
      return info('batch.error.notYours');
    return job;
  }

  return {
    async prepare(requester, upload) {
      const locale = await localeOf(requester);
      const t = createTranslator(locale);
      const jobId = randomUUID().replace(/-/g, '').slice(0, 16);
      try {
        const command = readCommand(upload.command);
        const spec = getBatchCommand(command.name) as NonNullable<ReturnType<typeof getBatchCommand>>;
        const table = await readTable(upload.bytes, upload.fileName, {
          ...limits,
          ...(upload.sheet === undefined ? {} : { sheet: upload.sheet }),
        });
        const columns = findAddressColumns(table.headers);
        const rows = checkRows(table.lines, columns);
        const estimate = await estimateBatch(options, requester, spec, command.options, rows, new Date());
        const input: StoredInput = {
          format: table.format,
          delimiter: table.delimiter,
          headers: table.headers,
          lines: table.lines.map((line, i) => {
            const checked = rows.lines[i];
            return {
              line: line.line,
              cells: line.cells,
              ...(checked?.ok ? { key: checked.key } : checked ? { reason: t(checked.reason) } : {}),
            };
          }),
        };
        const stored: StoredEstimate = {
          rows: estimate.rows,
          unusable: estimate.unusable,
          distinct: estimate.distinct,
          cached: estimate.cached,
          credits: estimate.credits,
        };
        await options.store.batches.createJob({
          id: jobId,
          owner: requester,
          command: command.name,
          options: Object.fromEntries(Object.entries(command.options).map(([k, v]) => [k, String(v)])),
          locale,
          fileName: upload.fileName.slice(0, 200),
          input,
          delivery: upload.delivery ?? null,
          estimate: stored,
          items: rows.distinct.map(({ key }) => ({ key, args: key })),
        });
        return estimateReply(
          {
            t,
            f: createFormatter(locale),
            command: command.name,
            fileName: upload.fileName,
            jobId,
            demo: options.demo ?? false,
          },
          estimate,
          rows.lines,
        );
      } catch (error) {
        if (isBatchFileError(error)) return fileErrorReply(t, error, jobId);
        return errorReply(error, { t, locale, reference: jobId, command: registry.get('batch') });
      }
    },

    async handleAction(requester, actionId) {
      const action = parseBatchActionId(actionId);
      if (!action) return undefined;
      const t = createTranslator(await localeOf(requester));
      const job = await ownJob(requester, action.jobId, t);
      if (!('state' in job)) return job;
      const stateReply = (state: BatchJob['state']) =>
        asReply(
          replyBody({ title: t('batch.error.state', { state: t(`batch.state.${state}`) }), private: true }),
          'info',
          job.id,
        );
      if (action.action === 'confirm') {
        if (!(await options.store.batches.transition(job.id, ['estimated'], 'running'))) {
          return stateReply((await options.store.batches.getJob(job.id))?.state ?? job.state);
        }
        await queue.enqueue(job.id, options.workersPerJob ?? 2);
        const counts = await options.store.batches.counts(job.id);
        return asReply(
          replyBody({
            title: t('batch.started.title', { command: job.command }),
            summary: t('batch.started.summary', { count: counts.total }),
            actions: [
              {
                type: 'button',
                id: `batch:cancel:${job.id}`,
                label: t('batch.action.cancel'),
                style: 'danger',
              },
            ],
          }),
          'info',
          job.id,
        );
      }
      if (!(await options.store.batches.transition(job.id, ['estimated', 'running'], 'cancelled'))) {
        return stateReply((await options.store.batches.getJob(job.id))?.state ?? job.state);
      }
      const counts = await options.store.batches.counts(job.id);
      return asReply(
        replyBody({
          title: t('batch.cancelled.title', { command: job.command }),
          summary: t('batch.cancelled.summary', { done: counts.done + counts.failed, total: counts.total }),
        }),
        'info',
        job.id,
      );
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
