import type { AddressInfo } from 'node:net';
import {
  buildAutocompleteInteraction,
  buildCommandInteraction,
  buildComponentInteraction,
  buildModalSubmitInteraction,
  createDiscordTestKeys,
  type FakeGateway,
  signDiscordRequest,
} from '@altum-chat/testkit/discord';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBot } from '../src/create-discord-bot.ts';
import { createDiscordRest } from '../src/create-rest.ts';
import type { GatewayBinding } from '../src/gateway/attach-gateway.ts';
import { createInteractionsServer, type InteractionsServer } from '../src/http/interactions-server.ts';
import { type BotHarness, createBotHarness, startGatewayBot } from './harness.ts';

/**
 * Authentic (correctly signed) but malformed interactions: each must get a 4xx, or a private error
 * message with a log reference, never a 5xx; a malformed gateway packet is logged and dropped, and must not take the process down.
 */
const keys = createDiscordTestKeys();
/** Chat's reference format (8 Crockford base32 characters), in the reply and in the log line. */
const REFERENCE = /\b[0-9A-HJKMNP-TV-Z]{8}\b/;
let h: BotHarness;
const servers: InteractionsServer[] = [];

beforeAll(async () => {
  h = await createBotHarness();
});

afterAll(async () => {
  for (const bot of servers) {
    await bot.idle();
    bot.server.closeAllConnections();
    await new Promise<void>((resolve) => bot.server.close(() => resolve()));
  }
  await h[Symbol.asyncDispose]();
});

async function listen(bot: InteractionsServer): Promise<string> {
  servers.push(bot);
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}/discord/interactions`;
}

async function signedPost(endpoint: string, payload: unknown): Promise<{ status: number; json: unknown }> {
  const body = JSON.stringify(payload);
  const response = await fetch(endpoint, { method: 'POST', headers: signDiscordRequest(keys, body), body });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

const help = () => buildCommandInteraction('altum', 'help');
function without(value: object, ...keys: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

const MALFORMED: readonly (readonly [string, unknown])[] = [
  ['a guild member without a user', { ...help(), member: {} }],
  ['a command without data', without(help(), 'data')],
  ['data that is a string', { ...help(), data: 'help' }],
  ['member permissions that are not a number', { ...help(), member: { ...help().member, permissions: 'x' } }],
  ['a guild interaction without a member', without(help(), 'member')],
  ['a DM with neither member nor user', without(help(), 'member', 'guild_id')],
  ['a user that is not an object', { ...without(help(), 'member', 'guild_id'), user: 7 }],
  ['options that are not an array', { ...help(), data: { name: 'altum', type: 1, options: {} } }],
  [
    'a nested option without a name',
    { ...help(), data: { name: 'altum', options: [{ type: 1, options: [{}] }] } },
  ],
  ['a button without a custom id', { ...buildComponentInteraction('x'), data: {} }],
  [
    'select values that are not strings',
    { ...buildComponentInteraction('x', ['a']), data: { custom_id: 'x', values: [1] } },
  ],
  [
    'a modal whose rows are not objects',
    {
      ...buildModalSubmitInteraction('altum-key:user', {}),
      data: { custom_id: 'altum-key:user', components: [null] },
    },
  ],
  [
    'an autocomplete without data',
    without(buildAutocompleteInteraction('altum', 'value', 'postcode', {}), 'data'),
  ],
  ['a token that is not a string', { ...help(), token: { a: 1 } }],
  ['an id that is null', { ...help(), id: null }],
  ['a JSON array', [1, 2]],
  ['a JSON string', 'interaction'],
  ['null', null],
  ['an unknown type', { ...help(), type: 99 }],
];

describe('HTTP interactions: signed but malformed', () => {
  let endpoint: string;
  beforeAll(async () => {
    endpoint = await listen(
      createHttpBot({
        ...h.deps,
        rest: createDiscordRest({ apiUrl: h.discord.api }),
        publicKeyHex: keys.publicKeyHex,
      }),
    );
  });

  it.each(MALFORMED)('answers %s with 400 and runs nothing', async (_name, payload) => {
    const before = h.discord.calls.length;
    const answer = await signedPost(endpoint, payload);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: expect.any(String) });
    expect(h.discord.calls.length).toBe(before);
  });

  it('still answers a well-formed command afterwards', async () => {
    expect(await signedPost(endpoint, help())).toEqual({
      status: 200,
      json: { type: 5, data: { flags: 64 } },
    });
  });

  it('reads a DM (user, no member) and a modal row without a value', async () => {
    const dm = { ...without(help(), 'member', 'guild_id'), user: help().member?.user };
    expect((await signedPost(endpoint, dm)).status).toBe(200);
    const modal = buildModalSubmitInteraction('altum-key:nobody', {});
    const odd = {
      ...modal,
      data: {
        custom_id: 'altum-key:nobody',
        components: [{ type: 1, components: [{ custom_id: 'k' }] }, { type: 10 }],
      },
    };
    expect((await signedPost(endpoint, odd)).status).toBe(200);
  });
});

describe('HTTP interactions: a handler that fails before acknowledging', () => {
  it('answers 200 with a private, localised error carrying the logged reference', async () => {
    const endpoint = await listen(
      createInteractionsServer({
        publicKeyHex: keys.publicKeyHex,
        handler: async () => {
          throw new TypeError('boom');
        },
        rest: createDiscordRest({ apiUrl: h.discord.api }),
        logger: h.logger,
        defaultLocale: 'nl',
        replay: { fresh: () => true, firstTime: async () => true },
      }),
    );
    const answer = await signedPost(endpoint, buildCommandInteraction('altum', 'help', {}, { locale: 'nl' }));
    expect(answer.status).toBe(200);
    const json = answer.json as {
      type: number;
      data: { flags: number; embeds: { title: string; footer?: { text: string } }[] };
    };
    expect(json.type).toBe(4);
    expect(json.data.flags).toBe(64);
    expect(json.data.embeds[0]?.title).toBe('Er ging iets mis');
    const reference = REFERENCE.exec(json.data.embeds[0]?.footer?.text ?? '')?.[0];
    expect(reference).toBeDefined();
    const logged = h.logger.lines.find((line) => line.msg === 'interaction handler failed');
    expect(logged?.obj).toMatchObject({ err: 'TypeError', ref: reference });

    const suggest = await signedPost(
      endpoint,
      buildAutocompleteInteraction('altum', 'value', 'postcode', {}),
    );
    expect(suggest).toEqual({ status: 200, json: { type: 8, data: { choices: [] } } });
  });
});

describe('gateway: malformed INTERACTION_CREATE packets', () => {
  let gateway: FakeGateway;
  let bot: GatewayBinding;
  beforeAll(async () => {
    ({ gateway, bot } = await startGatewayBot(h));
  });
  afterAll(() => bot.detach());

  it.each(MALFORMED)('drops %s without throwing, logged with a reference', async (_name, payload) => {
    const before = { lines: h.logger.lines.length, calls: h.discord.calls.length };
    expect(() => gateway.dispatchInteraction(payload, 0)).not.toThrow();
    await bot.idle();
    const logged = h.logger.lines.slice(before.lines);
    const dropped = logged.filter((line) => line.msg === 'gateway interaction dropped');
    // An unknown type is a newer interaction, not a broken one: ignored without a log line.
    if ((payload as { type?: unknown } | null)?.type === 99) expect(dropped).toEqual([]);
    else expect(dropped[0]?.obj).toMatchObject({ ref: expect.stringMatching(REFERENCE), shard: 0 });
    expect(logged.filter((line) => line.msg === 'interaction handler failed')).toEqual([]);
    expect(h.discord.calls.length).toBe(before.calls);
  });

  it('still answers a well-formed command afterwards', async () => {
    const payload = help();
    gateway.dispatchInteraction(payload);
    await bot.idle();
    const calls = h.discord.calls.filter((call) => call.path.includes(`/${payload.token}/`));
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH']);
  });
});
