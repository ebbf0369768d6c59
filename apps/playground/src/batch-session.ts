import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  BatchEvent,
  BatchService,
  CommandPlan,
  Locale,
  ParsedArgs,
  Reply,
  Requester,
} from '@altum-chat/chat';
import { translate } from '@altum-chat/chat';
import type { Terminal } from './terminal.ts';

/** A planned `batch <command> <path>` line: the registry's arguments and the file path among them. */
export interface BatchLine {
  readonly args: ParsedArgs;
  readonly path: string;
}

/** The batch line a plan describes, when it is one and names a file (else the runner answers). */
export function batchLineOf(plan: CommandPlan): BatchLine | undefined {
  const path = plan.args?.options.file;
  if (!plan.takesFile || !plan.args || path === undefined) return undefined;
  return { args: plan.args, path: String(path) };
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
    args: line.args,
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
