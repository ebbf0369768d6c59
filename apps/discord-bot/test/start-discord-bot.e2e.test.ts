import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '@altum-chat/chat';
import { createMemoryDestination, type MemoryDestination } from '@altum-chat/ops';
import { type FakeAltum, startFakeAltum } from '@altum-chat/testkit';
import {
  buildCommandInteraction,
  createDiscordTestKeys,
  type FakeDiscordRest,
  FakeGateway,
  signDiscordRequest,
  startFakeDiscordRest,
} from '@altum-chat/testkit/discord';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { type RunningDiscordBot, startDiscordBot } from '../src/start-discord-bot.ts';
import { sampleOptions } from './harness.ts';

/** The composition main.ts runs (real store, client, runner, ops), in-process around the fakes. */
const keys = createDiscordTestKeys();
const BOT_TOKEN = 'MTAxMDEwMTAxMDEwMTAxMDEw.GxYzAb.StartDiscordBotTokenValue0123456';
const METRICS_TOKEN = 'discord-test-metrics-token-0123';
let fake: FakeAltum;
let rest: FakeDiscordRest;
let dir: string;

beforeAll(async () => {
  fake = await startFakeAltum();
  rest = await startFakeDiscordRest();
  dir = await mkdtemp(join(tmpdir(), 'altum-discord-start-'));
});

afterAll(async () => {
  await rest.close();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

function configFor(mode: 'http' | 'gateway') {
  return loadConfig({
    DISCORD_MODE: mode,
    DISCORD_APPLICATION_ID: '300',
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_API_URL: rest.api,
    ALTUM_API_KEY: fake.apiKey,
    ALTUM_BASE_URL: fake.url,
    DATA_DIR: join(dir, mode),
    PORT: '0',
    DEFAULT_LOCALE: 'en',
    METRICS_TOKEN,
  });
}

/** `/altum value` for house `number`: a fresh address each time, so the response cache can't answer it. */
const valueCommand = (number: number) =>
  buildCommandInteraction('altum', 'value', {
    ...sampleOptions(commands.find((c) => c.name === 'value')!),
    number,
  });

/** Resolves with the error code when a fresh TCP connection to the port fails, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

describe('HTTP mode: ops routes, metrics and graceful shutdown', () => {
  let bot: RunningDiscordBot;
  let base: string;
  const logs: MemoryDestination = createMemoryDestination();
  beforeAll(async () => {
    bot = await startDiscordBot(configFor('http'), { destination: logs });
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(() => bot.shutdown.shutdown('test done'));

  const post = (payload: unknown) => {
    const body = JSON.stringify(payload);
    return fetch(`${base}/discord/interactions`, {
      method: 'POST',
      headers: signDiscordRequest(keys, body),
      body,
    });
  };

  it('answers /healthz and /readyz (store check) on the interactions server', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { store: true } });
  });

  it('counts a finished command in /metrics with its command label', async () => {
    const payload = valueCommand(28);
    expect((await post(payload)).status).toBe(200);
    await rest.waitForCall((call) => call.method === 'PATCH' && call.path.includes(`/${payload.token}/`));
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const scraped = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const text = await scraped.text();
    const line = text.split('\n').find((l) => l.startsWith('altum_chat_commands_total{'));
    expect(line).toMatch(/command="value"/);
    expect(line).toMatch(/platform="discord"/);
    expect(text).toMatch(/altum_chat_upstream_requests_total\{[^}]*source="sent"/);
  });

  it('shuts down: refuses new connections, still sends the slow interaction its final edit', async () => {
    fake.inject({ latencyMs: 800 });
    const payload = valueCommand(30);
    expect(await (await post(payload)).json()).toEqual({ type: 5, data: { flags: 64 } });
    expect(bot.shutdown.inFlight()).toBeGreaterThan(0);

    const report = bot.shutdown.shutdown('test');
    expect(await tryConnect(bot.port)).toBe('ECONNREFUSED');

    // The edit below only exists if shutdown waited ~800 ms for it before closing client and store.
    expect(await report).toMatchObject({ drained: true, abandoned: 0, failedResources: [] });
    const edits = rest.calls.filter((call) => call.path.includes(`/${payload.token}/`));
    expect(edits.map((call) => `${call.method} ${call.path}`)).toEqual([
      `PATCH /webhooks/300/${payload.token}/messages/@original`,
    ]);
    expect(logs.text()).not.toContain(fake.apiKey);
    expect(logs.text()).not.toContain(BOT_TOKEN);
  });
});

describe('gateway mode: ops server, readiness per shard, metrics and shutdown', () => {
  let bot: RunningDiscordBot;
  let base: string;
  // Held back until the test lets the shards identify, so /readyz can be seen before and after.
  const gateway = new FakeGateway({ shardCount: 2, readyOnConnect: false });
  const readyz = async () => {
    const res = await fetch(`${base}/readyz`);
    return { status: res.status, body: (await res.json()) as { reasons?: Record<string, string> } };
  };
  beforeAll(async () => {
    bot = await startDiscordBot(configFor('gateway'), { gateway, destination: createMemoryDestination() });
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(() => bot.shutdown.shutdown('test done'));

  it('serves health on PORT, ready only while both shards are up', async () => {
    expect(gateway.connects).toBe(1);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await readyz()).toEqual({
      status: 503,
      body: {
        ready: false,
        checks: { store: true, gateway: false },
        reasons: { gateway: 'discord gateway not connected' },
      },
    });
    gateway.ready(0);
    expect((await readyz()).body.reasons).toEqual({ gateway: 'discord gateway shards not ready: 1' });
    gateway.ready(1);
    expect(await readyz()).toEqual({
      status: 200,
      body: { ready: true, checks: { store: true, gateway: true } },
    });
    // Shard 1 drops and resumes: not ready in between.
    gateway.close(1);
    expect((await readyz()).body.reasons).toEqual({ gateway: 'discord gateway shards not ready: 1' });
    gateway.resume(1);
    expect((await readyz()).status).toBe(200);
    expect((await fetch(`${base}/discord/interactions`, { method: 'POST' })).status).toBe(404);
  });

  it('counts a gateway command and drains it on shutdown, then closes the shards', async () => {
    fake.inject({ latencyMs: 500 });
    const payload = valueCommand(32);
    gateway.dispatchInteraction(payload, 1);
    expect(bot.shutdown.inFlight()).toBeGreaterThan(0);
    const report = await bot.shutdown.shutdown('test');
    expect(report).toMatchObject({ drained: true, failedResources: [] });
    const calls = rest.calls.filter((call) => call.path.includes(`/${payload.token}/`));
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      `POST /interactions/${payload.id}/${payload.token}/callback`,
      `PATCH /webhooks/300/${payload.token}/messages/@original`,
    ]);
    expect(gateway.destroyed).toBe(true);
    const text = await bot.metrics.text();
    expect(text).toMatch(/altum_chat_commands_total\{[^}]*command="value"/);
  });
});
