import { commands } from '@altum-chat/chat';
import {
  buildAutocompleteInteraction,
  buildCommandInteraction,
  buildComponentInteraction,
  buildModalSubmitInteraction,
  type FakeGateway,
  type RecordedDiscordCall,
} from '@altum-chat/testkit/discord';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayBinding } from '../src/gateway/attach-gateway.ts';
import { type BotHarness, createBotHarness, editBodyOf, sampleOptions, startGatewayBot } from './harness.ts';

const ERROR_COLOURS = [0xd1242f, 0xbf8700];

/**
 * Gateway mode around a fake gateway: each interaction arrives as the raw INTERACTION_CREATE dispatch
 * @discordjs/ws emits, and every answer goes to the fake Discord REST API.
 */
let h: BotHarness;
let gateway: FakeGateway;
let bot: GatewayBinding;

beforeAll(async () => {
  h = await createBotHarness();
  ({ gateway, bot } = await startGatewayBot(h));
});

afterAll(async () => {
  bot.detach();
  await h[Symbol.asyncDispose]();
});

async function send(payload: APIInteraction): Promise<RecordedDiscordCall[]> {
  gateway.dispatchInteraction(payload);
  await bot.idle();
  return h.discord.calls.filter((call) => call.path.includes(`/${payload.token}/`));
}

describe('gateway mode: every /altum subcommand', () => {
  it.each(commands.map((command) => [command.name, command] as const))(
    '/altum %s answers with one deferred response and one edit with embeds',
    async (name, command) => {
      const payload = buildCommandInteraction('altum', name, sampleOptions(command));
      const calls = await send(payload);
      expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
        `POST /interactions/${payload.id}/${payload.token}/callback`,
        `PATCH /webhooks/300/${payload.token}/messages/@original`,
      ]);
      // Unset visibility means private: deferred with the ephemeral flag.
      expect(calls[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
      const edit = calls[1]?.body as {
        embeds: { title: string; color: number; image?: { url: string } }[];
        attachments?: { filename: string }[];
      };
      expect(edit.embeds[0]?.title).toBeTruthy();
      expect(ERROR_COLOURS).not.toContain(edit.embeds[0]?.color);
      const images = edit.embeds.flatMap((e) => (e.image ? [e.image.url] : []));
      expect(images).toEqual(calls[1]?.files.map((f) => `attachment://${f.name}`));
    },
  );

  it('sends charts as PNG attachments referenced from the embeds', async () => {
    const withCharts = [];
    for (const name of ['label', 'advice', 'woz', 'delta']) {
      const command = commands.find((c) => c.name === name)!;
      const calls = await send(buildCommandInteraction('altum', name, sampleOptions(command)));
      if ((calls[1]?.files.length ?? 0) > 0) withCharts.push(calls[1]!);
    }
    expect(withCharts.length).toBeGreaterThan(0);
    for (const edit of withCharts) {
      expect(edit.files.every((f) => f.contentType === 'image/png' && f.size > 0)).toBe(true);
    }
  });

  it('defers publicly when the user chose public replies', async () => {
    await h.store.settings.setUserSettings(
      { platform: 'discord', teamId: '100', userId: '201' },
      { visibility: 'public' },
    );
    const calls = await send(buildCommandInteraction('altum', 'credits', {}, { userId: '201' }));
    expect(calls[0]?.body).toEqual({ type: 5 });
  });
});

describe('gateway mode: buttons, selects, modals and autocomplete', () => {
  it('runs a what-if select on a Delta reply with a deferred update and one edit', async () => {
    const delta = commands.find((c) => c.name === 'delta')!;
    const first = await send(buildCommandInteraction('altum', 'delta', sampleOptions(delta)));
    const { components } = editBodyOf(first[1]);
    const control = components.flatMap((row) => row.components)[0];
    expect(control?.custom_id.length).toBeLessThanOrEqual(100);
    const value = control?.options?.at(-1)?.value;
    const click = buildComponentInteraction(control!.custom_id, value === undefined ? undefined : [value]);
    const calls = await send(click);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH']);
    expect(calls[0]?.body).toEqual({ type: 6 });
    expect(editBodyOf(calls[1]).embeds.length).toBeGreaterThan(0);
  });

  it('links a key through a modal and confirms with the fingerprint only', async () => {
    const open = await send(buildCommandInteraction('altum', 'key login', {}));
    expect(open).toHaveLength(1);
    expect(open[0]?.body).toMatchObject({ type: 9, data: { custom_id: 'altum-key:user' } });
    const submit = buildModalSubmitInteraction('altum-key:user', { api_key: h.fake.apiKey });
    const calls = await send(submit);
    expect(calls[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
    const text = JSON.stringify(calls[1]?.body);
    expect(text).toContain(`…${h.fake.apiKey.slice(-4)}`);
    expect(JSON.stringify(h.discord.calls)).not.toContain(h.fake.apiKey);
    expect(JSON.stringify(h.logger.lines)).not.toContain(h.fake.apiKey);
    expect(await h.store.keys.getUserKey({ platform: 'discord', teamId: '100', userId: '200' })).toBe(
      h.fake.apiKey,
    );
  });

  it('answers postcode autocomplete with at most 25 Altum suggestions', async () => {
    const payload = buildAutocompleteInteraction('altum', 'value', 'postcode', { postcode: '1071AA' });
    const calls = await send(payload);
    expect(calls).toHaveLength(1);
    const body = calls[0]?.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(1);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    expect(body.data.choices[0]).toEqual({ name: '1071AA', value: '1071AA' });
    expect(body.data.choices.some((c) => c.name.includes('Hobbemastraat'))).toBe(true);
  });
});

describe('gateway mode: a slow Altum', () => {
  it('still gets exactly one deferred response and one final edit after 10 s', {
    timeout: 30_000,
  }, async () => {
    h.fake.inject({ operationId: 'avm', latencyMs: 10_000 });
    const value = commands.find((c) => c.name === 'value')!;
    const payload = buildCommandInteraction('altum', 'value', sampleOptions(value), { userId: '555' });
    const calls = await send(payload);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH']);
    expect(calls[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(editBodyOf(calls[1]).embeds[0]?.color).toBe(0x1f6feb);
  });
});
