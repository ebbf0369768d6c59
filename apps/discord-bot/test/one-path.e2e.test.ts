import type { AddressInfo } from 'node:net';
import { commands } from '@altum-chat/chat';
import {
  buildCommandInteraction,
  createDiscordTestKeys,
  type FakeGateway,
  type RecordedDiscordCall,
  signDiscordRequest,
} from '@altum-chat/testkit/discord';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBot } from '../src/create-discord-bot.ts';
import { createDiscordRest } from '../src/create-rest.ts';
import type { GatewayBinding } from '../src/gateway/attach-gateway.ts';
import type { InteractionsServer } from '../src/http/interactions-server.ts';
import { type BotHarness, createBotHarness, sampleOptions, startGatewayBot } from './harness.ts';

/**
 * One Discord path: the same interaction, delivered as a signed HTTP POST or as a gateway dispatch on
 * either of two shards, is read by the same schema and answered with the same bodies.
 */
const keys = createDiscordTestKeys();
/** `(guild_id >> 22) % 2` is 1 for this guild, so Discord would deliver it on shard 1. */
const SHARD_ONE_GUILD = String(1n << 22n);
let h: BotHarness;
let gateway: FakeGateway;
let gatewayBot: GatewayBinding;
let httpBot: InteractionsServer;
let endpoint: string;

beforeAll(async () => {
  h = await createBotHarness();
  ({ gateway, bot: gatewayBot } = await startGatewayBot(h, { shardCount: 2 }));
  const rest = createDiscordRest({ apiUrl: h.discord.api, retries: 0 });
  httpBot = createHttpBot({ ...h.deps, rest, publicKeyHex: keys.publicKeyHex });
  await new Promise<void>((resolve) => httpBot.server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(httpBot.server.address() as AddressInfo).port}/discord/interactions`;
});

afterAll(async () => {
  gatewayBot.detach();
  await httpBot.idle();
  httpBot.server.closeAllConnections();
  await new Promise<void>((resolve) => httpBot.server.close(() => resolve()));
  await h[Symbol.asyncDispose]();
});

const callsFor = (payload: APIInteraction): RecordedDiscordCall[] =>
  h.discord.calls.filter((call) => call.path.includes(`/${payload.token}/`));

/** What Discord received, without what differs per interaction: its token and the log reference. */
function comparable(
  payload: APIInteraction,
  answer: { ack: unknown; edit: RecordedDiscordCall | undefined },
) {
  const text = JSON.stringify(answer)
    .replaceAll(payload.token, 'TOKEN')
    .replaceAll(/\bref \w+/g, 'ref REF');
  return JSON.parse(text) as typeof answer;
}

/** The ack and the final edit as Discord receives them over the gateway: both over REST. */
async function viaGateway(payload: APIInteraction, shardId: number) {
  gateway.dispatchInteraction(payload, shardId);
  await gatewayBot.idle();
  const [ack, edit, ...rest] = callsFor(payload);
  expect(rest).toEqual([]);
  expect(ack?.path).toBe(`/interactions/${payload.id}/${payload.token}/callback`);
  return comparable(payload, { ack: ack?.body, edit });
}

/** The same over HTTP: the ack is the answer to the POST, the edit goes over REST. */
async function viaHttp(payload: APIInteraction) {
  const body = JSON.stringify(payload);
  const response = await fetch(endpoint, { method: 'POST', headers: signDiscordRequest(keys, body), body });
  const ack: unknown = await response.json();
  await httpBot.idle();
  const [edit, ...rest] = callsFor(payload);
  expect(rest).toEqual([]);
  return comparable(payload, { ack, edit });
}

describe('gateway and HTTP mode answer alike', () => {
  it.each(['help', 'credits', 'value', 'label'])(
    '/altum %s: the same ack and the same final edit from both transports',
    async (name) => {
      const command = commands.find((c) => c.name === name)!;
      const options = sampleOptions(command);
      const http = await viaHttp(buildCommandInteraction('altum', name, options));
      const shard = await viaGateway(buildCommandInteraction('altum', name, options), 0);
      expect(http.edit?.method).toBe('PATCH');
      expect(shard).toEqual(http);
    },
  );

  it('a key modal opens the same way from both', async () => {
    const http = await viaHttp(buildCommandInteraction('altum', 'key login', {}));
    const shard = await viaGateway(buildCommandInteraction('altum', 'key login', {}), 1);
    expect(http.ack).toMatchObject({ type: 9 });
    expect(shard).toEqual(http);
  });
});

describe('gateway sharding', () => {
  it('answers interactions from both shards, each on its guild', async () => {
    const zero = buildCommandInteraction('altum', 'help');
    const one = buildCommandInteraction('altum', 'help', {}, { guildId: SHARD_ONE_GUILD });
    expect([gateway.shardFor(zero.guild_id), gateway.shardFor(one.guild_id)]).toEqual([0, 1]);
    gateway.dispatchInteraction(zero);
    gateway.dispatchInteraction(one);
    await gatewayBot.idle();
    for (const payload of [zero, one])
      expect(callsFor(payload).map((c) => c.method)).toEqual(['POST', 'PATCH']);
  });

  it('keeps answering on a shard that closed and resumed', async () => {
    gateway.close(1);
    gateway.resume(1);
    const payload = buildCommandInteraction('altum', 'help', {}, { guildId: SHARD_ONE_GUILD });
    gateway.dispatchInteraction(payload);
    await gatewayBot.idle();
    expect(callsFor(payload).map((c) => c.method)).toEqual(['POST', 'PATCH']);
  });

  it('logs a gateway error (a refused session) without throwing into the shard', () => {
    const before = h.logger.lines.length;
    expect(() => gateway.fail(1, new Error('Sharding is required'))).not.toThrow();
    expect(h.logger.lines.slice(before)).toEqual([
      {
        level: 'error',
        obj: { err: 'Error', reason: 'Sharding is required', shard: 1 },
        msg: 'discord gateway error',
      },
    ]);
  });
});
