import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAKE_KEYS } from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { admin, alice, bram, createHarness } from '../../test/runner-harness.ts';

const ALTUM_LIKE_KEY = 'Zq81ABCdefGHIjklMNOpqrSTUvwxYZ0123456789';

describe('linking keys', () => {
  it('stores a key only after a free call proves it works, and confirms it masked', async () => {
    await using h = await createHarness();
    const reply = await h.runner.linkKey(alice, ` ${FAKE_KEYS.valid} `, 'user');
    expect(reply).toMatchObject({ kind: 'info', title: 'Key linked', private: true });
    expect(reply.summary).toContain('…0001');
    expect(JSON.stringify(reply)).not.toContain(FAKE_KEYS.valid);
    expect(h.fake.requests.map((r) => r.operationId)).toEqual(['woz.ping']);
    expect(await h.store.keys.getUserKey(alice)).toBe(FAKE_KEYS.valid);
    expect(h.logger.text()).not.toContain(FAKE_KEYS.valid);
    const used = await h.runner.run(alice, { kind: 'text', text: 'value 1071AA 28B' });
    expect(used.footer?.keyScope).toBe('personal key …0001');
  });

  it('refuses a key Altum rejects and stores nothing', async () => {
    await using h = await createHarness();
    const reply = await h.runner.linkKey(bram, ALTUM_LIKE_KEY, 'user');
    expect(reply).toMatchObject({ kind: 'usage', title: 'Dat lukte niet helemaal' });
    expect(reply.summary).toContain('Altum accepteert deze sleutel niet');
    expect(await h.store.keys.getUserKey(bram)).toBeUndefined();
    expect(JSON.stringify(reply)).not.toContain(ALTUM_LIKE_KEY);
    expect(h.logger.text()).not.toContain(ALTUM_LIKE_KEY);
  });

  it('refuses a malformed key without calling Altum', async () => {
    await using h = await createHarness();
    const reply = await h.runner.linkKey(alice, 'has spaces in it', 'user');
    expect(reply.summary).toContain('does not look like an API key');
    expect(h.fake.requests).toHaveLength(0);
    expect(JSON.stringify(reply)).not.toContain('has spaces');
  });

  it('lets only admins link the team key', async () => {
    await using h = await createHarness();
    expect((await h.runner.linkKey(alice, FAKE_KEYS.valid, 'team')).title).toBe('Admins only');
    expect(await h.store.keys.getTeamKey(alice)).toBeUndefined();
    expect((await h.runner.linkKey(admin, FAKE_KEYS.valid, 'team')).summary).toContain('team key …0001');
    expect(await h.store.keys.getTeamKey(alice)).toBe(FAKE_KEYS.valid);
  });
});

/** A host that is not Altum (a wrong base URL, a proxy, a captive portal) on 127.0.0.1. */
async function impostor(answer: (res: ServerResponse, req: IncomingMessage) => void) {
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    req.resume();
    answer(res, req);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    async [Symbol.asyncDispose]() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('proving a key against something that is not Altum', () => {
  const hosts: [string, (res: ServerResponse) => void, string][] = [
    ['404 for everything', (res) => res.writeHead(404).end('Not Found'), 'answered "not found" (404)'],
    [
      'an HTML login page with 200',
      (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Log in to the Wi-Fi</html>'),
      'did not come from Altum',
    ],
    [
      'a redirect',
      (res) => res.writeHead(302, { location: 'http://portal.test/' }).end(),
      'unexpected status (302)',
    ],
    [
      'an unexpected JSON body',
      (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[1,2,3]'),
      'did not come from Altum',
    ],
  ];

  it.each(hosts)(
    '%s cannot prove a key; nothing is stored and the reply says why',
    async (_name, answer, why) => {
      await using host = await impostor(answer);
      await using h = await createHarness({ baseUrl: host.url });
      const reply = await h.runner.linkKey(alice, FAKE_KEYS.valid, 'user');
      expect(reply.kind).toBe('usage');
      expect(reply.summary).toContain('I could not check this key, so nothing was stored');
      expect(reply.summary).toContain(why);
      expect(JSON.stringify(reply)).not.toContain(FAKE_KEYS.valid);
      expect(host.requests()).toBeGreaterThan(0);
      expect(await h.store.keys.getUserKeyMetadata(alice)).toBeUndefined();
      const later = await h.runner.run(alice, { kind: 'text', text: 'value 1071AA 28B' });
      expect(later.title).toBe('No API key linked');
    },
  );

  it('still says so in Dutch', async () => {
    await using host = await impostor((res) => res.writeHead(404).end());
    await using h = await createHarness({ baseUrl: host.url });
    const reply = await h.runner.linkKey(bram, FAKE_KEYS.valid, 'user');
    expect(reply.summary).toContain('Ik kon deze sleutel niet controleren');
    expect(await h.store.keys.getUserKeyMetadata(bram)).toBeUndefined();
  });
});

describe('a key typed as plain text', () => {
  const attempts = [
    `key set ${ALTUM_LIKE_KEY}`,
    `sleutel set ${ALTUM_LIKE_KEY}`,
    `key login ${ALTUM_LIKE_KEY}`,
    `key team set ${ALTUM_LIKE_KEY}`,
    `key ${ALTUM_LIKE_KEY}`,
    ALTUM_LIKE_KEY,
    `value ${ALTUM_LIKE_KEY}`,
    `delta 1071AA 28 key=${ALTUM_LIKE_KEY}`,
    'key set short-secret',
    'key login hunter2',
  ];

  it.each(attempts)('is refused with advice, never echoed, stored or logged: %s', async (text) => {
    await using h = await createHarness();
    const reply = await h.runner.run(admin, { kind: 'text', text });
    expect(reply.kind).toBe('usage');
    expect(reply.title).toBe('Never paste an API key in a chat message');
    expect(JSON.stringify(reply.fields)).toContain('key login');
    const secret = text.split(' ').at(-1)?.replace(/^key=/, '') ?? '';
    expect(JSON.stringify(reply)).not.toContain(secret);
    expect(h.logger.text()).not.toContain(secret);
    expect(await h.store.keys.getUserKeyMetadata(admin)).toBeUndefined();
    expect(await h.store.keys.getTeamKeyMetadata(admin)).toBeUndefined();
    expect(h.fake.requests).toHaveLength(0);
  });

  it('is refused in typed options too', async () => {
    await using h = await createHarness();
    const reply = await h.runner.run(bram, {
      kind: 'options',
      command: 'key',
      options: { action: 'login', more: ALTUM_LIKE_KEY },
    });
    expect(reply.title).toBe('Plak nooit een API-sleutel in een chatbericht');
    expect(JSON.stringify(reply)).not.toContain(ALTUM_LIKE_KEY);
  });
});

describe('a key that tries to slip past the detector', () => {
  const NO_DIGITS = 'ZqABCdefGHIjklMNOpqrSTUvwxYZabcdEFGhijKL';
  const pieces = (key: string) => Array.from({ length: key.length - 5 }, (_, i) => key.slice(i, i + 6));
  const zw = (key: string, mark: string) =>
    `${key.slice(0, 13)}${mark}${key.slice(13, 26)}${mark}${key.slice(26)}`;
  const texts = [
    `\u200B${ALTUM_LIKE_KEY}\u200B`,
    zw(ALTUM_LIKE_KEY, '\u200B'),
    zw(ALTUM_LIKE_KEY, '\u2060'),
    zw(ALTUM_LIKE_KEY, '\uFEFF'),
    zw(ALTUM_LIKE_KEY, '\u00AD'),
    `\u202E${ALTUM_LIKE_KEY}\u202C`,
    NO_DIGITS,
    `value ${NO_DIGITS}`,
    `key login ${zw(NO_DIGITS, '\u200D')}`,
  ];

  it.each(texts)('is refused and no 6 characters of it come back: %j', async (text) => {
    await using h = await createHarness();
    const reply = await h.runner.run(admin, { kind: 'text', text });
    expect(reply.title).toBe('Never paste an API key in a chat message');
    const shown = JSON.stringify(reply);
    for (const piece of [...pieces(ALTUM_LIKE_KEY), ...pieces(NO_DIGITS)]) expect(shown).not.toContain(piece);
    expect(h.fake.requests).toHaveLength(0);
  });

  it('is refused after a word and a space in a Discord option', async () => {
    await using h = await createHarness();
    const reply = await h.runner.run(bram, {
      kind: 'options',
      command: 'key',
      options: { action: 'login', more: `please \u200B${ALTUM_LIKE_KEY}` },
    });
    expect(reply.title).toBe('Plak nooit een API-sleutel in een chatbericht');
    for (const piece of pieces(ALTUM_LIKE_KEY)) expect(JSON.stringify(reply)).not.toContain(piece);
  });

  it('still lets ordinary long words and measures through', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const reply = await h.runner.run(alice, {
      kind: 'text',
      text: 'delta 1071AA 28B sloped_roof_insulation=good verduurzamingsmaatregelen=1',
    });
    expect(reply.title).not.toBe('Never paste an API key in a chat message');
  });

  it('lets a spreadsheet path with a random folder name through, but not a key beside it', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const path = '/tmp/altum-playground-batch-3f9aK2x7Qz/book.csv';
    const plan = h.runner.plan(alice, { kind: 'text', text: `batch value ${path}` });
    expect(plan).toMatchObject({ failed: false, takesFile: true });
    expect(plan.args?.options.file).toBe(path);
    const refused = h.runner.plan(alice, { kind: 'text', text: `batch value ${path} ${ALTUM_LIKE_KEY}` });
    expect(refused.failed).toBe(true);
  });
});
