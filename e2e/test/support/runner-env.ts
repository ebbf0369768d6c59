import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatRunner } from '@altum-chat/chat';
import {
  type AltumClient,
  createAltumClient,
  type EventSink,
  type Logger,
  type RetryPolicy,
  silentLogger,
} from '@altum-chat/core';
import type { ChatBackendEvents } from '@altum-chat/runtime';
import { openStore, type Store } from '@altum-chat/store';
import { FAKE_KEYS, type FakeAltum, startFakeAltum } from '@altum-chat/testkit';
import { createChatRunner } from './app-factories.ts';

export interface RunnerEnvOptions {
  /** Delay the fake adds to every answer. */
  readonly latencyMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  readonly timeoutMs?: number;
  /** The client's in-memory cache (default on, as in production). */
  readonly cache?: boolean;
  readonly logger?: Logger;
  /** `ALTUM_API_KEY`; default the fake's valid key, `null` for none. */
  readonly deploymentKey?: string | null;
  /** More keys the fake accepts (e.g. one a user links). */
  readonly extraKeys?: readonly string[];
  readonly masterKey?: string;
  /** Parent folder for the SQLite file (default os.tmpdir(); tests pass /dev/shm to skip disk fsyncs). */
  readonly dataRoot?: string;
  /** Where the client and runner report calls and commands (a test's event hub). */
  readonly events?: EventSink<ChatBackendEvents>;
}

/** The fake Altum, a real SQLite store, the real client and the real chat runner, wired as main.ts does. */
export interface RunnerEnv extends AsyncDisposable {
  readonly fake: FakeAltum;
  readonly store: Store;
  readonly client: AltumClient;
  readonly runner: ChatRunner;
  readonly masterKey: string;
  close(): Promise<void>;
}

export async function startRunnerEnv(options: RunnerEnvOptions = {}): Promise<RunnerEnv> {
  const fake = await startFakeAltum({
    apiKeys: [FAKE_KEYS.valid, ...(options.extraKeys ?? [])],
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
  });
  const dataDir = await mkdtemp(join(options.dataRoot ?? tmpdir(), 'altum-ops-'));
  const masterKey = options.masterKey ?? randomBytes(32).toString('base64');
  const logger = options.logger ?? silentLogger;
  const store = await openStore({ dataDir, masterKey, logger });
  const client = createAltumClient({
    baseUrl: fake.url,
    logger,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.cache === false ? { cache: false as const } : {}),
    ...(options.events ? { events: options.events } : {}),
  });
  const deploymentKey =
    options.deploymentKey === null ? undefined : (options.deploymentKey ?? FAKE_KEYS.valid);
  const runner = createChatRunner({
    client,
    store,
    logger,
    deploymentKey,
    defaultLocale: 'en',
    demo: true,
    ...(options.events ? { events: options.events } : {}),
  });
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      await client.close();
      await store.close();
      await fake.close();
      await rm(dataDir, { recursive: true, force: true });
    })();
    return closed;
  };
  return { fake, store, client, runner, masterKey, close, [Symbol.asyncDispose]: close };
}
