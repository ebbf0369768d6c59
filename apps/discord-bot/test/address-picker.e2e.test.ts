import { type AddressResolver, createAddressResolver } from '@altum-chat/address';
import { type FakePdok, startFakePdok } from '@altum-chat/testkit';
import { buildCommandInteraction, buildComponentInteraction } from '@altum-chat/testkit/discord';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BotHarness, createBotHarness, editBodyOf } from './harness.ts';
import { type HttpTestBot, startHttpTestBot } from './http-bot.ts';

type Row = {
  components: { type: number; custom_id: string; options?: { label: string; value: string }[] }[];
};

let h: BotHarness;
let pdok: FakePdok;
let addresses: AddressResolver;
let t: HttpTestBot;

beforeAll(async () => {
  pdok = await startFakePdok();
  addresses = createAddressResolver({ baseUrl: pdok.url, retries: 0 });
  h = await createBotHarness({ addresses });
  t = await startHttpTestBot(h, { addresses });
});

afterAll(async () => {
  await t.close();
  await h[Symbol.asyncDispose]();
  await addresses.close();
  await pdok.close();
});

beforeEach(() => {
  h.fake.reset();
});

describe('Discord: a typed street address in the address option', () => {
  it('one match runs at once: /altum value address:Damrak 1 Amsterdam → one request for 1012LG 1', async () => {
    const payload = buildCommandInteraction('altum', 'value', { address: 'Damrak 1 Amsterdam' });
    expect(await t.signedPost(payload)).toMatchObject({ status: 200, json: { type: 5 } });
    await t.bot.idle();
    expect(editBodyOf(t.callsFor(payload)[0]).embeds[0]?.title).toContain('Damrak 1, Amsterdam');
    expect(h.fake.requests.map((r) => r.body)).toEqual([
      expect.objectContaining({ postcode: '1012LG', housenumber: 1 }),
    ]);
  });

  it('several matches: a string select (run:pick), nothing sent to Altum; choosing one runs it', async () => {
    const payload = buildCommandInteraction('altum', 'value', { address: 'Kerkstraat 1' });
    await t.signedPost(payload);
    await t.bot.idle();
    const picker = editBodyOf(t.callsFor(payload)[0]);
    expect(picker.embeds[0]?.title).toBe('Which address do you mean?');
    const [select] = (picker.components as readonly Row[]).flatMap((row) => row.components);
    // 3 is Discord's string select.
    expect(select).toMatchObject({ type: 3, custom_id: 'run:pick' });
    const eindhoven = select?.options?.find((o) => o.label.includes('Eindhoven'));
    expect(eindhoven?.value).toBe('value 5611GH 1');
    expect(h.fake.requests).toHaveLength(0);

    const pick = buildComponentInteraction(select?.custom_id ?? '', [eindhoven?.value ?? '']);
    // 6: the click is acknowledged at once; the result then replaces the picker.
    expect(await t.signedPost(pick)).toMatchObject({ status: 200, json: { type: 6 } });
    await t.bot.idle();
    expect(editBodyOf(t.callsFor(pick)[0]).embeds[0]?.title).toContain('Kerkstraat 1, Eindhoven');
    expect(h.fake.requests.map((r) => r.body)).toEqual([
      expect.objectContaining({ postcode: '5611GH', housenumber: 1 }),
    ]);
  });
});
