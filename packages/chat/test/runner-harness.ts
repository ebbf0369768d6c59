import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AddressResolver, createAddressResolver } from '@altum-chat/address';
import { type AltumClient, createAltumClient, type Logger, type RetryPolicy } from '@altum-chat/core';
import { openStore, type Store } from '@altum-chat/store';
import {
  type FakeAltum,
  type FakePdok,
  type FakePdokOptions,
  startFakeAltum,
  startFakePdok,
} from '@altum-chat/testkit';
import type { Locale } from '../src/i18n/locale.ts';
import { createChatRunner } from '../src/runner/create-chat-runner.ts';
import type { ChatRunner, Requester } from '../src/runner/types.ts';

/** Every log call, serialised as the JSON a pino transport would write. */
export interface MemoryLogger extends Logger {
  readonly lines: { level: string; obj: object; msg?: string | undefined }[];
  text(): string;
}

export function createMemoryLogger(): MemoryLogger {
  const lines: MemoryLogger['lines'] = [];
  const at = (level: string) => (obj: object, msg?: string) => {
    lines.push({ level, obj, msg });
  };
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    text: () => lines.map((l) => JSON.stringify(l)).join('\n'),
  };
}

/** The real client, counting the calls it answered for the runner (sent or from cache). */
export function recordingClient(client: AltumClient): AltumClient & { readonly calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    call: (id, input, options) => {
      calls.push(id);
      return client.call(id, input, options);
    },
    callWithMeta: (id, input, options) => {
      calls.push(id);
      return client.callWithMeta(id, input, options);
    },
    isCached: (id, input, options) => client.isCached(id, input, options),
    // A cache hit answers the call as well, so it counts as one.
    peek: async (id, input, options) => {
      const hit = await client.peek(id, input, options);
      if (hit) calls.push(id);
      return hit;
    },
    close: () => client.close(),
  };
}

export interface Harness extends AsyncDisposable {
  readonly fake: FakeAltum;
  /** The fake PDOK the runner looks free-text addresses up on (absent with `pdok: false`). */
  readonly pdok: FakePdok | undefined;
  readonly addresses: AddressResolver;
  readonly store: Store;
  readonly client: AltumClient & { readonly calls: string[] };
  readonly runner: ChatRunner;
  readonly logger: MemoryLogger;
}

export interface HarnessOptions {
  readonly deploymentKey?: boolean;
  readonly defaultLocale?: Locale;
  /** Keep the client's in-memory cache (fast property runs); off by default so every call reaches the fake. */
  readonly cache?: boolean;
  /** The client's retry policy; one attempt by default. */
  readonly retry?: Partial<RetryPolicy>;
  /** Point the client somewhere other than the fake (a broken proxy, a 404-everything host). */
  readonly baseUrl?: string;
  /** The operator's DM cap for the deployment key (`DM_DAILY_CREDITS`). */
  readonly dmDailyCredits?: number;
  readonly commandsPerMinute?: number;
  /** `false`: no PDOK at all (`PDOK_LOCATIESERVER_URL=off`); by default a fake PDOK on 127.0.0.1 (options: its table). */
  readonly pdok?: boolean | FakePdokOptions;
}

/** The runner wired to the real client, the fake Altum on 127.0.0.1 and an SQLite store in a temp dir. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeAltum();
  const pdok =
    options.pdok === false
      ? undefined
      : await startFakePdok(typeof options.pdok === 'object' ? options.pdok : {});
  // No retry: a test that injects a PDOK fault sees it once.
  const addresses = createAddressResolver({ baseUrl: pdok?.url ?? 'off', retries: 0 });
  const dir = await mkdtemp(join(tmpdir(), 'altum-chat-runner-'));
  const store = await openStore({ dataDir: dir });
  const logger = createMemoryLogger();
  const client = recordingClient(
    createAltumClient({
      baseUrl: options.baseUrl ?? fake.url,
      logger,
      retry: options.retry ?? { attempts: 1 },
      // Generous: on a loaded 2-core CI machine a local call can stall for seconds; no test relies on timing out.
      timeoutMs: 30_000,
      ...(options.cache ? {} : { cache: false as const }),
    }),
  );
  const runner = createChatRunner({
    client,
    addresses,
    store,
    logger,
    defaultLocale: options.defaultLocale ?? 'en',
    ...(options.deploymentKey ? { deploymentKey: fake.apiKey } : {}),
    ...(options.dmDailyCredits === undefined ? {} : { dmDailyCredits: options.dmDailyCredits }),
    ...(options.commandsPerMinute === undefined ? {} : { commandsPerMinute: options.commandsPerMinute }),
  });
  return {
    fake,
    pdok,
    addresses,
    store,
    client,
    runner,
    logger,
    async [Symbol.asyncDispose]() {
      await client.close();
      await addresses.close();
      await store.close();
      await fake.close();
      await pdok?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const alice: Requester = { platform: 'slack', teamId: 'T1', userId: 'U-ALICE', locale: 'en-US' };
export const bram: Requester = { platform: 'discord', teamId: 'G1', userId: 'U-BRAM', locale: 'nl' };
export const admin: Requester = {
  platform: 'slack',
  teamId: 'T1',
  userId: 'U-ADMIN',
  locale: 'en',
  isAdmin: true,
};
