import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAltumClient } from '@altum-chat/core';
import { openStore, type Store } from '@altum-chat/store';
import { type FakeAltum, startFakeAltum } from '@altum-chat/testkit';
import type { CommandContext, ReplyBody } from '../src/commands/define-command.ts';
import { defaultRegistry } from '../src/commands/registry.ts';
import { readMeasure } from '../src/grammar/measure-reader.ts';
import { parseText } from '../src/grammar/parse-text.ts';
import type { Locale } from '../src/i18n/locale.ts';
import { createTranslator } from '../src/i18n/translate.ts';

/** Commands run straight from the registry against the fake Altum, on one pinned clock. */
export interface CommandHarness {
  readonly fake: FakeAltum;
  readonly store: Store;
  context(locale: Locale): CommandContext;
  /** Parses a text command and runs it, as the runner would after key and budget checks. */
  run(text: string, locale: Locale): Promise<ReplyBody>;
  close(): Promise<void>;
}

export async function createCommandHarness(now: Date): Promise<CommandHarness> {
  const fake = await startFakeAltum({ now: () => now });
  const dataDir = await mkdtemp(join(tmpdir(), 'altum-chat-data-'));
  const store = await openStore({ dataDir });
  const client = createAltumClient({ baseUrl: fake.url, retry: { attempts: 1 } });
  const apiKey = fake.apiKey;
  const context = (locale: Locale): CommandContext => ({
    requester: { platform: 'playground', teamId: 'local', userId: 'tester', locale },
    locale,
    t: createTranslator(locale),
    call: (id, input) => client.call(id, input, { apiKey }),
    callWithMeta: (id, input) => client.callWithMeta(id, input, { apiKey }),
    demo: true,
    store,
    signal: new AbortController().signal,
    now: () => now,
  });
  return {
    fake,
    store,
    context,
    run(text, locale) {
      const parsed = parseText(text, defaultRegistry, { readMeasure });
      const run = parsed.route.leaf.run;
      if (!run) throw new Error(`${text} does not run`);
      return run(parsed.args, context(locale));
    },
    async close() {
      await client.close();
      await fake.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
