import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startFakeDiscordRest } from './fake-discord-rest.ts';
import { buildCommandInteraction, buildModalSubmitInteraction } from './interactions.ts';
import { createDiscordTestKeys, signDiscordRequest } from './signing.ts';

describe('fake Discord REST', () => {
  it('records JSON and multipart calls and answers like Discord', async () => {
    await using rest = await startFakeDiscordRest();
    const callback = await fetch(`${rest.api}/v10/interactions/1/tok/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 5 }),
    });
    expect(callback.status).toBe(204);

    const form = new FormData();
    form.append('payload_json', JSON.stringify({ embeds: [{ title: 'x' }] }));
    form.append('files[0]', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'chart.png');
    const edit = await fetch(`${rest.api}/v10/webhooks/300/tok/messages/@original`, {
      method: 'PATCH',
      body: form,
    });
    expect(edit.status).toBe(200);
    expect(await edit.json()).toMatchObject({
      embeds: [{ title: 'x' }],
      attachments: [{ filename: 'chart.png' }],
    });

    expect(rest.calls).toEqual([
      {
        method: 'POST',
        path: '/interactions/1/tok/callback',
        body: { type: 5 },
        files: [],
        authorized: false,
      },
      {
        method: 'PATCH',
        path: '/webhooks/300/tok/messages/@original',
        body: { embeds: [{ title: 'x' }] },
        files: [
          {
            field: 'files[0]',
            name: 'chart.png',
            contentType: 'image/png',
            size: 3,
            data: new Uint8Array([1, 2, 3]),
          },
        ],
        authorized: false,
      },
    ]);
  });

  it('echoes a bulk command overwrite with ids and 404s unknown routes', async () => {
    await using rest = await startFakeDiscordRest();
    const put = await fetch(`${rest.api}/v10/applications/300/guilds/100/commands`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: 'Bot secret' },
      body: JSON.stringify([{ name: 'altum', description: 'd' }]),
    });
    expect(await put.json()).toMatchObject([{ name: 'altum', application_id: '300', guild_id: '100' }]);
    expect(rest.calls[0]?.authorized).toBe(true);
    expect(JSON.stringify(rest.calls)).not.toContain('secret');
    expect((await fetch(`${rest.api}/v10/nowhere`)).status).toBe(404);
  });

  it('waits for a call that has not happened yet', async () => {
    await using rest = await startFakeDiscordRest();
    const waiting = rest.waitForCall((call) => call.method === 'DELETE');
    await fetch(`${rest.api}/v10/webhooks/300/tok/messages/@original`, { method: 'DELETE' });
    await expect(waiting).resolves.toMatchObject({ method: 'DELETE' });
  });
});

describe('Discord signing and payloads', () => {
  it('signs timestamp + body so the raw public key verifies it', () => {
    const keys = createDiscordTestKeys();
    const body = JSON.stringify(
      buildCommandInteraction('altum', 'value', { postcode: '1071AA', number: 28 }),
    );
    const headers = signDiscordRequest(keys, body, '1700000000');
    const spki = Buffer.concat([
      Buffer.from('302a300506032b6570032100', 'hex'),
      Buffer.from(keys.publicKeyHex, 'hex'),
    ]);
    const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    const signature = Buffer.from(headers['x-signature-ed25519'], 'hex');
    expect(verify(null, Buffer.from(`1700000000${body}`), publicKey, signature)).toBe(true);
    expect(verify(null, Buffer.from(`1700000001${body}`), publicKey, signature)).toBe(false);
  });

  it('builds command options under the subcommand and modal fields in action rows', () => {
    const command = buildCommandInteraction(
      'altum',
      'value',
      { postcode: '1071AA', number: 28 },
      { permissions: 'admin' },
    );
    expect(command.data.options).toEqual([
      {
        name: 'value',
        type: 1,
        options: [
          { name: 'postcode', type: 3, value: '1071AA' },
          { name: 'number', type: 4, value: 28 },
        ],
      },
    ]);
    expect(BigInt(command.member?.permissions ?? '0') & 0x20n).toBe(0x20n);
    const modal = buildModalSubmitInteraction('altum:key', { key: 'abc' });
    expect(modal.data.components).toEqual([
      { type: 1, components: [{ type: 4, custom_id: 'key', value: 'abc' }] },
    ]);
  });
});

it('serves hosted attachments on its CDN origin, bot-token channel posts and DM channels, and a refused channel', async () => {
  await using rest = await startFakeDiscordRest();
  const url = rest.hostFile('book.csv', new TextEncoder().encode('postcode\n'));
  expect(url.startsWith(`${rest.cdnOrigin}/attachments/`)).toBe(true);
  expect(await (await fetch(url)).text()).toBe('postcode\n');
  const post = (path: string, body: unknown) =>
    fetch(`${rest.api}/v10${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bot x' },
      body: JSON.stringify(body),
    });
  expect(await (await post('/channels/400/messages', { content: 'hi' })).json()).toMatchObject({
    channel_id: '400',
    content: 'hi',
  });
  const dm = (await (await post('/users/@me/channels', { recipient_id: '200' })).json()) as { id: string };
  expect(dm).toMatchObject({ type: 1 });
  rest.forbidChannel('400');
  const refused = await post('/channels/400/messages', { content: 'hi' });
  expect(refused.status).toBe(403);
  expect(await refused.json()).toMatchObject({ code: 50001 });
});
