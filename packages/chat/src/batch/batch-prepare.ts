import { randomUUID } from 'node:crypto';
import type { AddressResolver } from '@altum-chat/address';
import type { AltumClient, Logger } from '@altum-chat/core';
import type { Store } from '@altum-chat/store';
import type { CommandRegistry } from '../commands/create-registry.ts';
import type { OptionValue, ParsedArgs } from '../commands/define-command.ts';
import { replyBody } from '../commands/define-command.ts';
import { errorReply } from '../errors/error-reply.ts';
import { createFormatter } from '../format/formatter.ts';
import type { Locale } from '../i18n/locale.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';
import type { Reply } from '../reply/reply.ts';
import type { Requester } from '../runner/types.ts';
import { checkRows } from './address-rows.ts';
import { BATCH_COMMANDS, type BatchCommand, getBatchCommand } from './batch-commands.ts';
import { BatchFileError, isBatchFileError } from './batch-file-error.ts';
import type { StoredEstimate, StoredInput } from './batch-job-data.ts';
import { asReply, estimateReply } from './batch-replies.ts';
import { findAddressColumns } from './columns.ts';
import { estimateBatch } from './estimate.ts';
import { readTable } from './read-table.ts';

/** Limits on one upload (configurable per deployment: BATCH_MAX_ROWS, BATCH_MAX_BYTES). */
export interface BatchLimits {
  readonly maxRows: number;
  readonly maxBytes: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxRows: 5_000, maxBytes: 5 * 1024 * 1024 };

export interface BatchUpload {
  /**
   * The arguments of a planned `batch` command (`runner.plan(…).args`): the batch command, its
   * per-address options (`target`, `type`) and the XLSX `sheet`. The file itself comes as `bytes`.
   */
  readonly args: ParsedArgs;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Where results go (channel, thread); never a token. */
  readonly delivery?: unknown;
}

export interface PrepareDeps {
  readonly store: Store;
  readonly client: AltumClient;
  readonly deploymentKey?: string | undefined;
  readonly addresses?: AddressResolver | undefined;
  readonly registry: CommandRegistry;
  readonly limits: BatchLimits;
  readonly demo: boolean;
  readonly logger: Logger;
}

/** The arguments `batch` takes besides the per-address options it passes on. */
const OWN_ARGS = new Set(['command', 'file', 'sheet']);

/** The batch command and the options each row's command gets (`advice` → `{ target: 'B' }`). */
function readCommand(args: ParsedArgs): { spec: BatchCommand; options: Record<string, OptionValue> } {
  const spec = getBatchCommand(String(args.options.command ?? ''));
  if (!spec) {
    throw new BatchFileError('unsupported_command', {
      commands: BATCH_COMMANDS.map((c) => c.name).join(', '),
    });
  }
  const options: Record<string, OptionValue> = {};
  for (const [key, value] of Object.entries(args.options)) {
    if (!OWN_ARGS.has(key) && value !== undefined) options[key] = value;
  }
  return { spec, options };
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

/**
 * Reads the file, checks every row (free-text addresses through the resolver), asks the cache what
 * is free, stores the job as `estimated` and answers with the estimate and Confirm / Cancel.
 * Nothing is sent to Altum.
 */
export async function prepareBatch(
  deps: PrepareDeps,
  requester: Requester,
  locale: Locale,
  upload: BatchUpload,
): Promise<Reply> {
  const t = createTranslator(locale);
  const jobId = randomUUID().replace(/-/g, '').slice(0, 16);
  try {
    const { spec, options } = readCommand(upload.args);
    const sheet = upload.args.options.sheet;
    const table = await readTable(upload.bytes, upload.fileName, {
      ...deps.limits,
      ...(sheet === undefined ? {} : { sheet: String(sheet) }),
    });
    const columns = findAddressColumns(table.headers);
    const rows = await checkRows(table.lines, columns, deps.addresses);
    const estimate = await estimateBatch(deps, requester, spec, options, rows, new Date());
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
    await deps.store.batches.createJob({
      id: jobId,
      owner: requester,
      command: spec.name,
      options: Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)])),
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
        command: spec.name,
        fileName: upload.fileName,
        jobId,
        demo: deps.demo,
      },
      estimate,
      rows.lines,
    );
  } catch (error) {
    if (isBatchFileError(error)) return fileErrorReply(t, error, jobId);
    deps.logger.warn({ reference: jobId, err: { name: (error as Error)?.name } }, 'batch prepare failed');
    return errorReply(error, { t, locale, reference: jobId, command: deps.registry.get('batch') });
  }
}
