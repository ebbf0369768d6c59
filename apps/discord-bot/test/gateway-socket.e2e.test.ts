import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryDestination, type MemoryDestination } from '@altum-chat/ops';
import { type FakeAltum, startFakeAltum } from '@altum-chat/testkit';
import {
  buildCommandInteraction,
  type FakeDiscordRest,
  type FakeGatewayServer,
  startFakeDiscordRest,
  startFakeGatewayServer,
} from '@altum-chat/testkit/discord';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type RunningDiscordBot, startDiscordBot } from '../src/start-discord-bot.ts';

/**
 * The real shard manager (@discordjs/ws) over real sockets: GET /gateway/bot recommends two shards,
 * both identify against a local gateway, interactions arrive as dispatches, and a dropped shard
 * resumes its session while /readyz says it is away.
 */
const BOT_TOKEN = 'MTAxMDEwMTAxMDEwMTAxMDEw.GxYzAb.GatewaySocketTestTokenValue01234';
let fake: FakeAltum;
let gateway: FakeGatewayServer;
let rest: FakeDiscordRest;
let dir: string;
let bot: RunningDiscordBot;
const logs: MemoryDestination = createMemoryDestination();

const readyz = async (): Promise<number> => (await fetch(`http://127.0.0.1:${bot.port}/readyz`)).status;

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  fake = await startFakeAltum();
  gateway = await startFakeGatewayServer();
  rest = await startFakeDiscordRest({ gatewayBot: gateway.gatewayBot(2) });
  dir = await mkdtemp(join(tmpdir(), 'altum-discord-socket-'));
  const config = loadConfig({
    DISCORD_APPLICATION_ID: '300',
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_API_URL: rest.api,
    ALTUM_API_KEY: fake.apiKey,
    ALTUM_BASE_URL: fake.url,
    DATA_DIR: dir,
    PORT: '0',
    DEFAULT_LOCALE: 'en',
  });
  bot = await startDiscordBot(config, { destination: logs });
});

afterAll(async () => {
  await bot?.shutdown.shutdown('test done');
  await gateway.close();
  await rest.close();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('gateway mode over real sockets', () => {
  it('starts the recommended two shards, asking for no intents', async () => {
    expect(rest.calls.filter((call) => call.path === '/gateway/bot').every((call) => call.authorized)).toBe(
      true,
    );
    expect(
      gateway.handshakes
        .map((h) => (h.op === 'identify' ? `${h.shard.join('/')} ${h.intents}` : h.op))
        .sort(),
    ).toEqual(['0/2 0', '1/2 0']);
    expect(await readyz()).toBe(200);
  });

  it('answers an interaction dispatched on either shard, after a malformed one', async () => {
    gateway.dispatch(0, 'INTERACTION_CREATE', { type: 2, id: 'x' });
    for (const shardId of [0, 1]) {
      const payload = buildCommandInteraction('altum', 'help');
      gateway.dispatch(shardId, 'INTERACTION_CREATE', payload);
      await rest.waitForCall((call) => call.method === 'PATCH' && call.path.includes(`/${payload.token}/`));
      const calls = rest.calls.filter((call) => call.path.includes(`/${payload.token}/`));
      expect(calls.map((call) => call.method)).toEqual(['POST', 'PATCH']);
      expect(calls.every((call) => !call.authorized)).toBe(true);
    }
    expect(logs.text()).toContain('gateway interaction dropped');
    expect(logs.text()).not.toContain(BOT_TOKEN);
  });

  it('is not ready while a dropped shard is away, and resumes its session', async () => {
    gateway.drop(1);
    await until(async () => (await readyz()) === 503);
    await gateway.waitForHandshakes(3);
    expect(gateway.handshakes[2]).toMatchObject({ op: 'resume', shardId: 1, sessionId: 'session-1' });
    await until(async () => (await readyz()) === 200);
    const payload = buildCommandInteraction('altum', 'help');
    gateway.dispatch(1, 'INTERACTION_CREATE', payload);
    await rest.waitForCall((call) => call.method === 'PATCH' && call.path.includes(`/${payload.token}/`));
  });
});
