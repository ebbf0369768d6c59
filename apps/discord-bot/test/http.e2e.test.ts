import type { AddressInfo } from 'node:net';
import { commands } from '@altum-chat/chat';
import { trickleRequest } from '@altum-chat/testkit';
import {
  buildAutocompleteInteraction,
  buildCommandInteraction,
  buildComponentInteraction,
  createDiscordTestKeys,
  signDiscordRequest,
} from '@altum-chat/testkit/discord';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBot } from '../src/create-discord-bot.ts';
import { createDiscordRest } from '../src/create-rest.ts';
import type { InteractionsServer } from '../src/http/interactions-server.ts';
import { type BotHarness, createBotHarness, editBodyOf, sampleOptions } from './harness.ts';
import { type HttpTestBot, startHttpTestBot } from './http-bot.ts';

let h: BotHarness;
let t: HttpTestBot;
let bot: InteractionsServer;
let keys: HttpTestBot['keys'];

beforeAll(async () => {
  h = await createBotHarness();
  t = await startHttpTestBot(h);
  ({ bot, keys } = t);
});

afterAll(async () => {
  await t.close();
  await h[Symbol.asyncDispose]();
});

const post = (body: string, headers: Record<string, string>) => t.post(body, headers);
const signedPost = (payload: unknown) => t.signedPost(payload);
const callsFor = (payload: APIInteraction) => t.callsFor(payload);

describe('HTTP interactions: every /altum subcommand', () => {
  it.each(commands.map((command) => [command.name, command] as const))(
    '/altum %s answers type 5 over HTTP, then one PATCH @original with embeds',
    async (name, command) => {
      const payload = buildCommandInteraction('altum', name, sampleOptions(command));
      const answer = await signedPost(payload);
      expect(answer).toEqual({ status: 200, json: { type: 5, data: { flags: 64 } } });
      await bot.idle();
      const calls = callsFor(payload);
      expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
        `PATCH /webhooks/300/${payload.token}/messages/@original`,
      ]);
      expect(calls[0]?.authorized).toBe(false);
      const edit = editBodyOf(calls[0]);
      expect(edit.embeds[0]?.title).toBeTruthy();
      const images = edit.embeds.flatMap((e) => (e.image ? [e.image.url] : []));
      expect(images).toEqual(calls[0]?.files.map((f) => `attachment://${f.name}`));
    },
  );

  it('uploads charts as multipart files named in the attachments list', async () => {
    const label = commands.find((c) => c.name === 'woz')!;
    const payload = buildCommandInteraction('altum', 'woz', sampleOptions(label));
    await signedPost(payload);
    await bot.idle();
    const [edit] = callsFor(payload);
    expect(edit?.files.length).toBeGreaterThan(0);
    expect(edit?.files[0]).toMatchObject({ field: 'files[0]', contentType: 'image/png' });
    const attachments = (editBodyOf(edit) as unknown as { attachments: { filename: string }[] }).attachments;
    expect(attachments.map((a) => a.filename)).toEqual(edit?.files.map((f) => f.name));
  });

  it('defers privately for a private command even when the user chose public replies', async () => {
    const user = { platform: 'discord', teamId: '100', userId: '211' } as const;
    await h.store.settings.setUserSettings(user, { visibility: 'public' });
    const payload = buildCommandInteraction('altum', 'help', {}, { userId: '211' });
    expect((await signedPost(payload)).json).toEqual({ type: 5, data: { flags: 64 } });
    await bot.idle();
    expect(callsFor(payload).map((c) => c.method)).toEqual(['PATCH']);
  });

  it('sends a reply that turns out private as an ephemeral follow-up and deletes the public ack', async () => {
    const user = { platform: 'discord', teamId: '100', userId: '212' } as const;
    await h.store.settings.setUserSettings(user, { visibility: 'public' });
    const notFound = { postcode: '9999ZZ', number: 1 };
    const payload = buildCommandInteraction('altum', 'value', notFound, { userId: '212' });
    expect((await signedPost(payload)).json).toEqual({ type: 5 });
    await bot.idle();
    const calls = callsFor(payload);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /webhooks/300/${payload.token}`,
      `DELETE /webhooks/300/${payload.token}/messages/@original`,
    ]);
    expect((calls[0]?.body as { flags?: number } | undefined)?.flags).toBe(64);
    expect(editBodyOf(calls[0]).embeds[0]?.title).toBeTruthy();
  });

  it('answers a button with a deferred update (type 6) and edits the message', async () => {
    const click = buildComponentInteraction('key:status');
    expect(await signedPost(click)).toEqual({ status: 200, json: { type: 6 } });
    await bot.idle();
    expect(callsFor(click).map((c) => c.method)).toEqual(['PATCH']);
  });

  it('opens the key modal as the first response', async () => {
    const answer = await signedPost(buildCommandInteraction('altum', 'key login', {}, { locale: 'nl' }));
    expect(answer.json).toMatchObject({
      type: 9,
      data: { custom_id: 'altum-key:user', title: 'Koppel je Altum API-sleutel' },
    });
  });
});

describe('HTTP interactions: request verification', () => {
  const payload = buildCommandInteraction('altum', 'help');
  const body = JSON.stringify(payload);

  it('answers PING with PONG', async () => {
    const ping = JSON.stringify({ type: 1, id: '1', application_id: '300', token: 't', version: 1 });
    expect(await post(ping, signDiscordRequest(keys, ping))).toEqual({ status: 200, json: { type: 1 } });
  });

  it('401s an unsigned request', async () => {
    expect((await post(body, { 'content-type': 'application/json' })).status).toBe(401);
  });

  it('401s a request signed with another key', async () => {
    const other = createDiscordTestKeys();
    expect((await post(body, signDiscordRequest(other, body))).status).toBe(401);
  });

  it('401s a replayed signature on an altered body', async () => {
    const headers = signDiscordRequest(keys, body);
    const altered = body.replace('"help"', '"value"');
    expect(altered).not.toBe(body);
    expect((await post(altered, headers)).status).toBe(401);
    expect((await post(body, { ...headers, 'x-signature-timestamp': '1' })).status).toBe(401);
    expect(callsFor(payload)).toEqual([]);
  });

  it('401s a correctly signed request whose timestamp is 30 days old, and runs nothing', async () => {
    const old = buildCommandInteraction('altum', 'help');
    const oldBody = JSON.stringify(old);
    const monthAgo = String(Math.floor(Date.now() / 1000) - 30 * 24 * 3600);
    const answer = await post(oldBody, signDiscordRequest(keys, oldBody, monthAgo));
    expect(answer).toEqual({ status: 401, json: { error: 'stale request timestamp' } });
    // A little skew is fine: one minute ahead is answered.
    const ahead = buildCommandInteraction('altum', 'help');
    const aheadBody = JSON.stringify(ahead);
    const soon = String(Math.floor(Date.now() / 1000) + 60);
    expect((await post(aheadBody, signDiscordRequest(keys, aheadBody, soon))).status).toBe(200);
    await bot.idle();
    expect(callsFor(old)).toEqual([]);
    expect(callsFor(ahead)).toHaveLength(1);
  });

  it('answers an interaction id once: a replay, to this instance or another on the same store, is refused', async () => {
    const other = createHttpBot({
      ...h.deps,
      rest: createDiscordRest({ apiUrl: h.discord.api }),
      publicKeyHex: keys.publicKeyHex,
    });
    await new Promise<void>((resolve) => other.server.listen(0, '127.0.0.1', resolve));
    const otherEndpoint = `http://127.0.0.1:${(other.server.address() as AddressInfo).port}/discord/interactions`;
    try {
      const once = buildCommandInteraction('altum', 'help');
      const onceBody = JSON.stringify(once);
      const headers = signDiscordRequest(keys, onceBody);
      expect((await post(onceBody, headers)).status).toBe(200);
      expect(await post(onceBody, headers)).toEqual({
        status: 409,
        json: { error: 'interaction already handled' },
      });
      const elsewhere = await fetch(otherEndpoint, { method: 'POST', headers, body: onceBody });
      expect(elsewhere.status).toBe(409);
      await bot.idle();
      await other.idle();
      expect(callsFor(once)).toHaveLength(1);
    } finally {
      other.server.closeAllConnections();
      await new Promise<void>((resolve) => other.server.close(() => resolve()));
    }
  });

  it('413s a body over 1 MB before verifying it', async () => {
    const huge = JSON.stringify({ type: 2, padding: 'x'.repeat(1_100_000) });
    expect((await post(huge, signDiscordRequest(keys, huge))).status).toBe(413);
  });
});

describe('HTTP interactions: direct messages', () => {
  it('a DM never spends the deployment key without an operator DM cap', async () => {
    const inGuild = buildCommandInteraction('altum', 'value', {
      postcode: '1071AA',
      number: 28,
      addition: 'B',
    });
    const { member, guild_id: _guild, ...rest } = inGuild as typeof inGuild & { guild_id?: string };
    const dm = { ...rest, user: member?.user };
    const before = h.fake.countFor('avm');
    expect((await signedPost(dm)).status).toBe(200);
    await bot.idle();
    const edit = editBodyOf(callsFor(dm as APIInteraction)[0]);
    expect(edit.embeds[0]?.title).toBe('No API key linked');
    expect(JSON.stringify(edit.embeds)).toContain('only spends your own API key');
    expect(h.fake.countFor('avm')).toBe(before);
  });
});

describe('HTTP interactions: slow clients', () => {
  it('a body trickled at a byte per 100 ms is cut off with 408 by the request timeout', async () => {
    const slow = createHttpBot({
      ...h.deps,
      rest: createDiscordRest({ apiUrl: h.discord.api }),
      publicKeyHex: keys.publicKeyHex,
      timeouts: { requestTimeoutMs: 1_000, checkIntervalMs: 100 },
    });
    await new Promise<void>((resolve) => slow.server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (slow.server.address() as AddressInfo).port;
      const result = await trickleRequest(`http://127.0.0.1:${port}/discord/interactions`, 200, 100);
      expect(result.statusLine).toBe('HTTP/1.1 408 Request Timeout');
      expect(result.sentBytes).toBeLessThan(100);
    } finally {
      slow.server.closeAllConnections();
      await new Promise<void>((resolve) => slow.server.close(() => resolve()));
    }
  });
});

describe('HTTP interactions: autocomplete', () => {
  it('answers within the window with no Altum choices while Altum is slow, then serves the late answer from cache', async () => {
    h.fake.inject({ operationId: 'autosuggest', latencyMs: 1_500 });
    h.events.length = 0;
    const before = h.fake.countFor('autosuggest');
    const typed = buildAutocompleteInteraction(
      'altum',
      'value',
      'postcode',
      { postcode: '1017 ce' },
      { userId: '777' },
    );
    const answer = await signedPost(typed);
    h.events.push('discord:autocomplete-answered');
    // Only the typed postcode itself: the Altum suggestions were not waited for.
    expect(answer).toEqual({
      status: 200,
      json: { type: 8, data: { choices: [{ name: '1017CE', value: '1017CE' }] } },
    });

    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (h.events.includes('altum:autosuggest')) resolve();
        else setTimeout(check, 20);
      };
      check();
    });
    expect(h.events).toEqual(['discord:autocomplete-answered', 'altum:autosuggest']);

    const again = await signedPost(
      buildAutocompleteInteraction('altum', 'value', 'postcode', { postcode: '1017CE' }, { userId: '777' }),
    );
    const choices = (again.json as { data: { choices: { name: string }[] } }).data.choices;
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(h.fake.countFor('autosuggest')).toBe(before + 1);
  });

  it('does not spend a call on fewer than four digits', async () => {
    const before = h.fake.countFor('autosuggest');
    const answer = await signedPost(
      buildAutocompleteInteraction('altum', 'value', 'postcode', { postcode: '10' }),
    );
    expect(answer.json).toEqual({ type: 8, data: { choices: [] } });
    expect(h.fake.countFor('autosuggest')).toBe(before);
  });
});
