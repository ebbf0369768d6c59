import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressResolver } from '@altum-chat/address';
import { type AnyCommand, createChatRunner } from '@altum-chat/chat';
import { type AltumClient, createAltumClient, type Logger } from '@altum-chat/core';
import { openStore, type Store } from '@altum-chat/store';
import { type FakeAltum, type FakeAltumOptions, startFakeAltum } from '@altum-chat/testkit';
import {
  type FakeDiscordRest,
  FakeGateway,
  type FakeGatewayOptions,
  type OptionValues,
  startFakeDiscordRest,
} from '@altum-chat/testkit/discord';
import { createGatewayBot, type DiscordBotDeps } from '../src/create-discord-bot.ts';
import { createDiscordRest } from '../src/create-rest.ts';
import type { GatewayBinding } from '../src/gateway/attach-gateway.ts';

/** Collects log lines so tests can check nothing secret was written. */
export interface MemoryLogger extends Logger {
  readonly lines: { level: string; obj: object; msg?: string | undefined }[];
}

export function createMemoryLogger(): MemoryLogger {
  const lines: MemoryLogger['lines'] = [];
  const at = (level: string) => (obj: object, msg?: string) => {
    lines.push({ level, obj, msg });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The real client, noting when each call's answer arrived (to check ordering, not timing). */
export function observedClient(client: AltumClient, events: string[]): AltumClient {
  const note =
    (id: string) =>
    <T>(result: T): T => {
      events.push(`altum:${id}`);
      return result;
    };
  return {
    call: (id, input, options) => client.call(id, input, options).then(note(id)),
    callWithMeta: (id, input, options) => client.callWithMeta(id, input, options).then(note(id)),
    isCached: (id, input, options) => client.isCached(id, input, options),
    peek: (id, input, options) => client.peek(id, input, options),
    close: () => client.close(),
  };
}

export interface BotHarness extends AsyncDisposable {
  readonly fake: FakeAltum;
  readonly discord: FakeDiscordRest;
  readonly store: Store;
  readonly client: AltumClient;
  readonly logger: MemoryLogger;
  /** Order of notable events: `altum:<op>` answers, plus whatever the test pushes. */
  readonly events: string[];
  readonly deps: DiscordBotDeps;
}

/** The real runner, client and SQLite store around the fake Altum and the fake Discord REST. */
export async function createBotHarness(
  options: {
    altum?: FakeAltumOptions;
    /** Where the runner looks typed addresses up (as createChatBackend gives it); none by default. */
    addresses?: AddressResolver;
    /** Answers kept in the store's response cache, as in production (default off). */
    cache?: boolean;
  } = {},
): Promise<BotHarness> {
  const fake = await startFakeAltum(options.altum);
  const discord = await startFakeDiscordRest();
  const dir = await mkdtemp(join(tmpdir(), 'altum-discord-'));
  const store = await openStore({ dataDir: dir });
  const events: string[] = [];
  const client = observedClient(
    createAltumClient({
      baseUrl: fake.url,
      retry: { attempts: 1 },
      timeoutMs: 20_000,
      cache: options.cache ? store.responseCache : false,
    }),
    events,
  );
  const logger = createMemoryLogger();
  const runner = createChatRunner({
    client,
    store,
    logger,
    deploymentKey: fake.apiKey,
    defaultLocale: 'en',
    ...(options.addresses ? { addresses: options.addresses } : {}),
  });
  const deps: DiscordBotDeps = {
    runner,
    store,
    logger,
    defaultLocale: 'en',
    autocomplete: { debounceMs: 5, deadlineMs: 300 },
    // The same resolver serves the address option's autocomplete and "Look up address", as in production.
    ...(options.addresses ? { addresses: options.addresses } : {}),
  };
  return {
    fake,
    discord,
    store,
    client,
    logger,
    events,
    deps,
    async [Symbol.asyncDispose]() {
      await client.close();
      await store.close();
      await discord.close();
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Gateway mode on a fake gateway whose shards are up, answering to the harness's fake Discord REST. */
export async function startGatewayBot(
  h: BotHarness,
  options: FakeGatewayOptions = {},
): Promise<{ readonly gateway: FakeGateway; readonly bot: GatewayBinding }> {
  const gateway = new FakeGateway(options);
  const rest = createDiscordRest({ apiUrl: h.discord.api, retries: 0 });
  const bot = createGatewayBot({ ...h.deps, gateway, rest });
  await gateway.connect();
  return { gateway, bot };
}

/** Options that make each registry command run: the required arguments, filled with the fake's house. */
export function sampleOptions(command: AnyCommand): OptionValues {
  const options: Record<string, string | number> = {};
  for (const arg of command.args) {
    if (!arg.required) continue;
    if (arg.kind === 'address') Object.assign(options, { postcode: '1071AA', number: 28, addition: 'B' });
    else if (arg.kind === 'postcode') options[arg.name] = '1071AA';
    else if (arg.kind === 'integer') options[arg.name] = arg.min ?? 1;
    else if (arg.kind === 'choice') options[arg.name] = arg.choices?.[0]?.value ?? '';
  }
  return options;
}

/** The parts of a message edit the tests read. */
export interface EditBody {
  readonly embeds: readonly { title?: string; color?: number; image?: { url: string } }[];
  readonly components: readonly {
    components: readonly { custom_id: string; options?: readonly { value: string }[] }[];
  }[];
}

/** The JSON (or `payload_json`) body of a recorded edit; fails the test when there was none. */
export function editBodyOf(call: { readonly body: unknown } | undefined): EditBody {
  if (!call || typeof call.body !== 'object' || call.body === null)
    throw new Error('expected a message edit');
  return call.body as EditBody;
}
