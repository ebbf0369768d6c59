import { createHash } from 'node:crypto';
import { type AddressResolver, createAddressResolver } from '@altum-chat/address';
import { FAKE_KEYS, type FakePdok, startFakePdok } from '@altum-chat/testkit';
import {
  buildAutocompleteInteraction,
  buildCommandInteraction,
  buildComponentInteraction,
  buildMessageCommandInteraction,
} from '@altum-chat/testkit/discord';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOOKUP_COMMAND } from '../src/commands/build-definitions.ts';
import { type BotHarness, createBotHarness, editBodyOf, startGatewayBot } from './harness.ts';
import { type HttpTestBot, startHttpTestBot } from './http-bot.ts';

/** A second member's own key, accepted by the fake Altum like the deployment key. */
const BRAM_KEY = 'fake-altum-key-bram-0002';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let h: BotHarness;
let pdok: FakePdok;
let addresses: AddressResolver;
let t: HttpTestBot;

beforeAll(async () => {
  pdok = await startFakePdok();
  addresses = createAddressResolver({ baseUrl: pdok.url, retries: 0 });
  h = await createBotHarness({ altum: { apiKeys: [FAKE_KEYS.valid, BRAM_KEY] }, addresses });
  t = await startHttpTestBot(h, { addressDeadlineMs: 400 });
});

afterAll(async () => {
  await t.close();
  await addresses.close();
  await pdok.close();
  await h[Symbol.asyncDispose]();
});

beforeEach(() => {
  h.fake.reset();
  pdok.reset();
});

const signedPost = (payload: unknown) => t.signedPost(payload);
const callsFor = (payload: APIInteraction) => t.callsFor(payload);
const idle = () => t.bot.idle();

type Row = {
  components: { custom_id: string; label?: string; options?: { label: string; value: string }[] }[];
};

describe('the address option', () => {
  it('autocompletes from PDOK /suggest: address lines shown, canonical text filled in, no Altum request', async () => {
    const payload = buildAutocompleteInteraction('altum', 'value', 'address', { address: 'Damrak 1' });
    const answer = await signedPost(payload);
    expect(answer).toEqual({
      status: 200,
      json: { type: 8, data: { choices: [{ name: 'Damrak 1, 1012LG Amsterdam', value: '1012LG 1' }] } },
    });
    expect(pdok.requests.map((r) => r.endpoint)).toEqual(['suggest']);
    expect(h.fake.requests).toHaveLength(0);
    const many = await signedPost(
      buildAutocompleteInteraction('altum', 'label', 'address', { address: 'Kerkstraat 1' }),
    );
    const choices = (many.json as { data: { choices: { name: string; value: string }[] } }).data.choices;
    expect(choices.map((c) => c.value).sort()).toEqual(['1017GA 1', '1211CL 1', '5211KH 1', '5611GH 1']);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
  });

  it('answers an empty list when PDOK misses the tighter deadline, well inside Discord’s 3 s', async () => {
    pdok.inject({ hang: true });
    const started = Date.now();
    const answer = await signedPost(
      buildAutocompleteInteraction('altum', 'value', 'address', { address: 'Damrak 2' }),
    );
    expect(answer).toEqual({ status: 200, json: { type: 8, data: { choices: [] } } });
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(h.fake.requests).toHaveLength(0);
  });

  it('runs a command with the chosen value: one Altum request for that address', async () => {
    const payload = buildCommandInteraction('altum', 'value', { address: '1012LG 1' });
    expect(await signedPost(payload)).toMatchObject({ status: 200, json: { type: 5 } });
    await idle();
    expect(h.fake.requests.map((r) => [r.operationId, r.body])).toEqual([
      ['avm', expect.objectContaining({ postcode: '1012LG', housenumber: 1 })],
    ]);
    expect(editBodyOf(callsFor(payload)[0]).embeds[0]?.title).toBeTruthy();
  });
});

describe(`the message command "${LOOKUP_COMMAND.name}"`, () => {
  it('answers privately with the card; nothing is spent until a click, and the clicker’s key pays', async () => {
    const payload = buildMessageCommandInteraction(
      LOOKUP_COMMAND.name,
      'wat is Damrak 1 in Amsterdam waard?',
    );
    expect(await signedPost(payload)).toEqual({ status: 200, json: { type: 5, data: { flags: 64 } } });
    await idle();
    const card = editBodyOf(callsFor(payload)[0]);
    expect(card.embeds[0]?.title).toBe('Damrak 1, 1012LG Amsterdam');
    const buttons = (card.components as readonly Row[]).flatMap((row) => row.components);
    expect(buttons.map((b) => [b.custom_id, b.label])).toEqual([
      ['run:value 1012LG 1', 'Value (1 credit)'],
      ['run:label 1012LG 1', 'Energy label (1 credit)'],
    ]);
    expect(h.fake.requests).toHaveLength(0);

    // Another member, with a key of their own, clicks "Value".
    const bram = { userId: '201', locale: 'nl' as const };
    await h.store.keys.setUserKey({ platform: 'discord', teamId: '100', userId: '201' }, BRAM_KEY);
    const click = buildComponentInteraction('run:value 1012LG 1', undefined, bram);
    expect(await signedPost(click)).toEqual({ status: 200, json: { type: 6 } });
    await idle();
    expect(h.fake.requests.map((r) => [r.operationId, r.keyHash])).toEqual([['avm', sha256(BRAM_KEY)]]);
    expect(h.fake.requests[0]?.body).toMatchObject({ postcode: '1012LG', housenumber: 1 });
    expect(editBodyOf(callsFor(click)[0]).embeds[0]?.title).toBeTruthy();
  });

  it('offers a picker when several addresses match, in Dutch for a Dutch client', async () => {
    const payload = buildMessageCommandInteraction(LOOKUP_COMMAND.name, 'Prinsengracht 263 Amsterdam?', {
      locale: 'nl',
    });
    await signedPost(payload);
    await idle();
    const picker = editBodyOf(callsFor(payload)[0]);
    expect(picker.embeds[0]?.title).toBe('Welk adres?');
    const menus = (picker.components as readonly Row[]).flatMap((row) => row.components);
    expect(menus.map((m) => m.custom_id)).toEqual(['run:value', 'run:label']);
    expect(menus[0]?.options?.map((o) => o.value).sort()).toEqual([
      'value 1016GV 263 1',
      'value 1016GV 263 H',
    ]);
    expect(h.fake.requests).toHaveLength(0);
  });

  it('speaks the user’s own language setting over the client’s', async () => {
    await h.store.settings.setUserSettings(
      { platform: 'discord', teamId: '100', userId: '202' },
      { language: 'en' },
    );
    const payload = buildMessageCommandInteraction(LOOKUP_COMMAND.name, 'lunch?', {
      locale: 'nl',
      userId: '202',
    });
    await signedPost(payload);
    await idle();
    expect(editBodyOf(callsFor(payload)[0]).embeds[0]?.title).toBe('No address found');
  });

  it('works the same over the gateway: a private deferral, then the card', async () => {
    const { gateway, bot } = await startGatewayBot(h);
    try {
      const payload = buildMessageCommandInteraction(LOOKUP_COMMAND.name, 'Damrak 1, 1012LG');
      gateway.dispatchInteraction(payload);
      await bot.idle();
      const calls = h.discord.calls.filter((call) => call.path.includes(`/${payload.token}/`));
      expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH']);
      expect(calls[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
      expect(editBodyOf(calls[1]).embeds[0]?.title).toBe('Damrak 1, 1012LG Amsterdam');
      expect(h.fake.requests).toHaveLength(0);
    } finally {
      bot.detach();
    }
  });

  it('says "no address found" with an example when the message names none', async () => {
    const payload = buildMessageCommandInteraction(LOOKUP_COMMAND.name, 'lunch om twaalf?', { locale: 'nl' });
    await signedPost(payload);
    await idle();
    const reply = editBodyOf(callsFor(payload)[0]) as unknown as {
      embeds: { title?: string; description?: string }[];
    };
    expect(reply.embeds[0]?.title).toBe('Geen adres gevonden');
    expect(reply.embeds[0]?.description).toContain('Damrak 1 Amsterdam');
    expect(h.fake.requests).toHaveLength(0);
  });
});
