import { readAddressInput } from '@altum-chat/address';
import {
  type ChatRunner,
  type CommandInput,
  type CommandPlan,
  type Locale,
  type MenuChoice,
  menuChoices,
  type Reply,
  type Requester,
  resolveLocale,
  toPlainText,
  translate,
} from '@altum-chat/chat';
import { formatAddress, parseAddress } from '@altum-chat/core';
import type { Store } from '@altum-chat/store';
import { type BatchLine, batchLineOf } from './batch-session.ts';
import { saveCharts } from './save-charts.ts';
import type { Terminal } from './terminal.ts';

/** Words that end the session, as in other REPLs (`.exit` as in Node's). */
const QUIT = /^(?:quit|exit|stop|stoppen|afsluiten|\.exit)$/i;
/** A bare number picks the option shown as `[n]` in the last reply's menus. */
const CHOICE = /^\d{1,3}$/;

export interface SessionOptions {
  readonly terminal: Terminal;
  readonly store: Store;
  readonly requester: Requester;
  readonly defaultLocale: Locale;
  readonly dataDir: string;
  /** The runner for the current mode; may change after `key login` switches from demo to live. */
  runner(): ChatRunner;
  /** Whether answers are made-up demo data right now; then replies that show data get the banner. */
  demo(): boolean;
  /** Links a key (against the live API) and switches the session to live mode on success. */
  linkKey(apiKey: string, scope: 'user' | 'team'): Promise<Reply>;
  /** Runs `batch <command> <file>`: estimate, confirm prompt, progress, result files. */
  batch(line: BatchLine, locale: Locale): Promise<void>;
}

/** How a session went, so a scripted run can exit non-zero when a command failed. */
export interface SessionResult {
  readonly commands: number;
  readonly failed: number;
}

/** Reads commands until end of input or `quit` and prints each reply as plain text, charts saved as files. */
export async function runSession(options: SessionOptions): Promise<SessionResult> {
  const { terminal } = options;
  let choices: MenuChoice[] = [];
  let commands = 0;
  let failed = 0;
  for (let line = await terminal.nextLine(); line !== undefined; line = await terminal.nextLine()) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    if (QUIT.test(text)) break;
    const locale = await currentLocale(options);
    const bare = parseAddress(text);
    // `key login`, `sleutel koppelen`, `key team set` …: the plan says a private form is wanted,
    // so the key is asked for on a hidden prompt, never on the line.
    const plan = options.runner().plan(options.requester, { kind: 'text', text });
    // `batch value book.csv`: the plan names the file; the batch service reads it, not the runner.
    const batch = batchLineOf(plan);
    if (batch) {
      await options.batch(batch, locale);
      continue;
    }
    let reply: Reply;
    if (plan.opens) {
      const apiKey = (await terminal.readSecret(translate(locale, 'playground.keyPrompt')))?.trim();
      if (!apiKey) {
        terminal.print(translate(locale, 'playground.keyMissing'));
        continue;
      }
      reply = await options.linkKey(apiKey, plan.opens.scope);
    } else if (bare.ok) {
      const example = `${locale === 'nl' ? 'waarde' : 'value'} ${formatAddress(bare.address)}`;
      terminal.print(`${translate(locale, 'playground.bareAddress', { example })}\n`);
      continue;
    } else {
      reply = await options.runner().run(options.requester, inputFor(text, plan, choices));
      // `Damrak 1 Amsterdam` or a funda link on its own: the command word is what is missing.
      if (reply.failure?.kind === 'unknown_command' && spokenAddress(text)) {
        const example = `${locale === 'nl' ? 'waarde' : 'value'} ${text}`;
        terminal.print(`${translate(locale, 'playground.bareAddress', { example })}\n`);
        continue;
      }
    }
    commands += 1;
    if (reply.kind === 'error' || reply.kind === 'usage') failed += 1;
    choices = menuChoices(reply);
    terminal.print(await render(reply, await currentLocale(options), options.dataDir, options.demo()));
  }
  return { commands, failed };
}

/** A street address, listing link or BAG id typed without a command (a key never gets this far: it is refused). */
function spokenAddress(text: string): boolean {
  const kind = readAddressInput(text).kind;
  return kind === 'street' || kind === 'listing' || kind === 'bag';
}

/** A bare number that matches a menu option of the last reply chooses it; anything else is a command. */
function inputFor(
  text: string,
  plan: CommandPlan,
  choices: readonly MenuChoice[],
): CommandInput | CommandPlan {
  const choice = CHOICE.test(text) ? choices[Number(text) - 1] : undefined;
  return choice ? { kind: 'action', actionId: choice.actionId, value: choice.value } : plan;
}

/**
 * The plain-text reply with menu options numbered, and a demo banner on top when the answer shows
 * made-up data (results and errors of calls; not help, usage, settings or key replies).
 */
export async function render(reply: Reply, locale: Locale, dataDir: string, demo: boolean): Promise<string> {
  const chartPaths = await saveCharts(reply, dataDir);
  const showsData = reply.kind === 'result' || reply.kind === 'error';
  // Help, usage, settings and key replies show no data, so they carry no demo marker at all.
  const shown = showsData || !reply.footer ? reply : { ...reply, footer: { ...reply.footer, demo: false } };
  const text = toPlainText(shown, { locale, chartPaths, numberChoices: true });
  if (!showsData || (!demo && !reply.footer?.demo)) return `${text}\n`;
  const banner = translate(locale, 'playground.demoBanner', {
    marker: translate(locale, 'demo.marker').toUpperCase(),
  });
  return `${banner}\n${text}\n`;
}

async function currentLocale(options: SessionOptions): Promise<Locale> {
  const settings = await options.store.settings.getUserSettings(options.requester);
  return resolveLocale(settings.language, undefined, options.defaultLocale);
}
