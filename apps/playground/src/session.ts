import {
  type ChatRunner,
  type Locale,
  type Reply,
  type Requester,
  resolveLocale,
  toPlainText,
  translate,
} from '@altum-chat/chat';
import type { Store } from '@altum-chat/store';
import { type BatchLine, parseBatchLine } from './batch-session.ts';
import { saveCharts } from './save-charts.ts';
import type { Terminal } from './terminal.ts';

/** `key login`, `sleutel koppelen`, `key team login`: the key is asked for on a hidden prompt, never on the line. */
const KEY_LOGIN = /^\s*(?:key|sleutel)\s+(team\s+)?(?:login|link|koppel|koppelen|inloggen)\s*$/i;

export interface SessionOptions {
  readonly terminal: Terminal;
  readonly store: Store;
  readonly requester: Requester;
  readonly defaultLocale: Locale;
  readonly dataDir: string;
  /** The runner for the current mode; may change after `key login` switches from demo to live. */
  runner(): ChatRunner;
  /** Whether answers are made-up demo data right now; then every reply, errors included, gets the banner. */
  demo(): boolean;
  /** Links a key (against the live API) and switches the session to live mode on success. */
  linkKey(apiKey: string, scope: 'user' | 'team'): Promise<Reply>;
  /** Runs `batch <command> <file>`: estimate, confirm prompt, progress, result files. */
  batch(line: BatchLine, locale: Locale): Promise<void>;
}

/** Reads commands until end of input and prints each reply as plain text, charts saved as files. */
export async function runSession(options: SessionOptions): Promise<void> {
  const { terminal } = options;
  for (let line = await terminal.nextLine(); line !== undefined; line = await terminal.nextLine()) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const locale = await currentLocale(options);
    const login = KEY_LOGIN.exec(text);
    const batch = parseBatchLine(text);
    if (batch) {
      await options.batch(batch, locale);
      continue;
    }
    let reply: Reply;
    if (login) {
      const apiKey = (await terminal.readSecret(translate(locale, 'playground.keyPrompt')))?.trim();
      if (!apiKey) {
        terminal.print(translate(locale, 'playground.keyMissing'));
        continue;
      }
      reply = await options.linkKey(apiKey, login[1] ? 'team' : 'user');
    } else {
      reply = await options.runner().run(options.requester, { kind: 'text', text });
    }
    terminal.print(await render(reply, await currentLocale(options), options.dataDir, options.demo()));
  }
}

/** The plain-text reply, with a demo banner on top when the answer is made-up data. */
export async function render(reply: Reply, locale: Locale, dataDir: string, demo: boolean): Promise<string> {
  const chartPaths = await saveCharts(reply, dataDir);
  const text = toPlainText(reply, { locale, chartPaths });
  if (!demo && !reply.footer?.demo) return `${text}\n`;
  const banner = translate(locale, 'playground.demoBanner', {
    marker: translate(locale, 'demo.marker').toUpperCase(),
  });
  return `${banner}\n${text}\n`;
}

async function currentLocale(options: SessionOptions): Promise<Locale> {
  const settings = await options.store.settings.getUserSettings(options.requester);
  return resolveLocale(settings.language, undefined, options.defaultLocale);
}
