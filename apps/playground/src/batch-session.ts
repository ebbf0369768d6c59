import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BatchEvent, BatchService, Locale, Reply, Requester } from '@altum-chat/chat';
import { translate } from '@altum-chat/chat';
import type { Terminal } from './terminal.ts';

/** `batch value book.csv`, `bulk advies lijst.xlsx doel=B`: command word, batch command, options, and a file path. */
const BATCH_LINE = /^\s*(?:batch|bulk)\s+(\S+)\s+(.+)$/i;

export interface BatchLine {
  readonly command: string;
  readonly path: string;
}

/** Splits a batch line into the command with its options and the file path (the token naming a file). */
export function parseBatchLine(text: string): BatchLine | undefined {
  const match = BATCH_LINE.exec(text);
  if (!match) return undefined;
  const tokens = (match[2] ?? '').trim().split(/\s+/);
  const index = tokens.findIndex((token) => /\.(csv|xlsx|txt|tsv)$/i.test(token));
  const fileIndex = index === -1 ? tokens.findIndex((token) => !token.includes('=')) : index;
  if (fileIndex === -1) return undefined;
  const path = tokens[fileIndex] as string;
  const options = tokens.filter((_, i) => i !== fileIndex);
  return { command: [match[1], ...options].join(' '), path };
}

export interface BatchSessionDeps {
  readonly terminal: Terminal;
  readonly requester: Requester;
  readonly dataDir: string;
  service(): BatchService;
  render(reply: Reply): Promise<string>;
}

/**
 * Waits for the job a playground line started, printing progress lines and, when it is done,
 * writing the CSV and XLSX under `<dataDir>/batch` and printing their paths and the summary.
 */
export function createBatchPrinter(deps: Pick<BatchSessionDeps, 'terminal' | 'dataDir' | 'render'>) {
  const waiting = new Map<string, () => void>();
  return {
    async onEvent(event: BatchEvent, locale: Locale): Promise<void> {
      if (event.type === 'progress') {
        deps.terminal.print(event.reply.summary ?? '');
        return;
      }
      const folder = join(deps.dataDir, 'batch');
      await mkdir(folder, { recursive: true });
      const stem = `${event.job.id}-${event.result.baseName}`;
      const paths = [join(folder, `${stem}.csv`), join(folder, `${stem}.xlsx`)];
      await writeFile(paths[0] as string, event.result.csv);
      await writeFile(paths[1] as string, event.result.xlsx);
      deps.terminal.print(await deps.render(event.result.summary));
      for (const path of paths) deps.terminal.print(translate(locale, 'batch.playground.written', { path }));
      waiting.get(event.job.id)?.();
      waiting.delete(event.job.id);
    },
    /** Resolves when the job's files are written. */
    finished(jobId: string): Promise<void> {
      return new Promise((resolve) => waiting.set(jobId, resolve));
    },
  };
}

/** Runs one `batch …` line: estimate, a yes/no prompt, then the job until its files are written. */
export async function runBatchLine(
  deps: BatchSessionDeps & {
    readonly printer: ReturnType<typeof createBatchPrinter>;
    readonly locale: Locale;
  },
  line: BatchLine,
): Promise<void> {
  const { terminal, locale } = deps;
  let bytes: Buffer;
  try {
    bytes = await readFile(line.path);
  } catch {
    terminal.print(`${translate(locale, 'batch.playground.noFile', { path: line.path })}\n`);
    return;
  }
  const service = deps.service();
  const estimate = await service.prepare(deps.requester, {
    command: line.command,
    fileName: basename(line.path),
    bytes,
  });
  terminal.print(await deps.render(estimate));
  const confirm = estimate.actions.find((action) => action.id.startsWith('batch:confirm:'));
  const cancel = estimate.actions.find((action) => action.id.startsWith('batch:cancel:'));
  if (!confirm) return;
  terminal.print(translate(locale, 'batch.playground.confirm'));
  const answer = (await terminal.nextLine())?.trim().toLowerCase();
  const yes = answer === 'yes' || answer === 'y' || answer === 'ja' || answer === 'j';
  const chosen = yes ? confirm : cancel;
  if (!chosen) return;
  const jobId = chosen.id.split(':')[2] ?? '';
  const finished = deps.printer.finished(jobId);
  const reply = await service.handleAction(deps.requester, chosen.id);
  if (reply) terminal.print(await deps.render(reply));
  // Only a started job offers Cancel; a refusal (already cancelled, not yours) has nothing to wait for.
  if (yes && reply?.actions.some((action) => action.id.startsWith('batch:cancel:'))) await finished;
}
