import { describe, expect, it } from 'vitest';
import { createLogger } from './create-logger.ts';
import { createMemoryDestination } from './memory-destination.ts';
import { createSecretRegistry } from './secrets.ts';

const ALTUM_KEY = 'Zq9fW2kLm4Np7Rt1Vx3Yb6Cd8Ef0Gh2Jk5Mn7Pq';
const BOT_TOKEN = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUv';
const APP_TOKEN = 'xapp-1-A0123456789-1234567890123-abcdef0123456789';
const SIGNING_SECRET = '8f14e45fceea167a5a36dedd4bea2543';
const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

function setup() {
  const destination = createMemoryDestination();
  const secrets = createSecretRegistry();
  secrets.register(ALTUM_KEY);
  secrets.register(SIGNING_SECRET);
  const logger = createLogger({ level: 'debug', destination, secrets });
  const leaks = () =>
    [ALTUM_KEY, BOT_TOKEN, APP_TOKEN, SIGNING_SECRET, DISCORD_TOKEN].filter((s) =>
      destination.text().includes(s),
    );
  return { destination, logger, leaks };
}

describe('createLogger', () => {
  it('redacts secret-named fields at any depth', () => {
    const { destination, logger, leaks } = setup();
    logger.info(
      {
        headers: { 'x-api-key': ALTUM_KEY },
        request: { options: { apiKey: 'not-registered-but-named-0000', 'x-api-key': 'also-named-1111' } },
        slack: { botToken: 'plain', signingSecret: 'plain', clientSecret: 'plain' },
        deep: { a: { b: { c: { token: 'named-token-value' } } } },
        authorization: 'Basic dXNlcjpwYXNz',
      },
      'call',
    );
    const text = destination.text();
    expect(leaks()).toEqual([]);
    for (const value of [
      'not-registered-but-named-0000',
      'also-named-1111',
      'named-token-value',
      'dXNlcjpwYXNz',
    ]) {
      expect(text).not.toContain(value);
    }
    const [entry] = destination.entries();
    expect(entry?.msg).toBe('call');
    expect(entry?.deep).toEqual({ a: { b: { c: { token: '[redacted]' } } } });
  });

  it('scrubs registered secrets and token shapes inside messages, values and printf arguments', () => {
    const { destination, logger, leaks } = setup();
    logger.warn(`user pasted ${ALTUM_KEY} and ${BOT_TOKEN}`);
    logger.info({ note: `app token ${APP_TOKEN}`, list: [DISCORD_TOKEN] }, 'discord %s', DISCORD_TOKEN);
    logger.info(
      { url: `https://x.test/?sig=${SIGNING_SECRET}` },
      'Authorization: Bearer abcdefghijklmnopqrstuvwxyz',
    );
    expect(leaks()).toEqual([]);
    expect(destination.text()).not.toContain('abcdefghijklmnopqrstuvwxyz');
    expect(destination.text()).toContain('Bearer [redacted]');
    expect(destination.entries()).toHaveLength(3);
  });

  it('scrubs errors, their causes and stacks, and child bindings', () => {
    const { destination, logger, leaks } = setup();
    const cause = Object.assign(new Error(`socket for key ${ALTUM_KEY}`), { code: 'ECONNRESET' });
    const error = new Error(`failed with ${BOT_TOKEN}`, { cause });
    logger.error({ err: error }, 'boom');
    logger.error(error);
    logger.child({ token: SIGNING_SECRET, workspace: `T1 ${APP_TOKEN}` }).info('bound');
    expect(leaks()).toEqual([]);
    const [first] = destination.entries();
    expect(first?.err).toMatchObject({ type: 'Error', cause: { code: 'ECONNRESET' } });
    expect(JSON.stringify(first?.err)).toContain('[redacted]');
  });

  it('survives cycles, buffers and bigints without leaking', () => {
    const { destination, logger, leaks } = setup();
    const loop: Record<string, unknown> = { secretish: ALTUM_KEY };
    loop.self = loop;
    logger.info({ loop, blob: Buffer.from(ALTUM_KEY), big: 10n });
    expect(leaks()).toEqual([]);
    expect(destination.entries()[0]).toMatchObject({
      big: '10',
      blob: '[39 bytes]',
      loop: { self: '[circular]' },
    });
  });

  it('honours the level', () => {
    const destination = createMemoryDestination();
    const logger = createLogger({ level: 'warn', destination, secrets: createSecretRegistry() });
    logger.info('hidden');
    logger.warn('shown');
    expect(destination.entries().map((e) => e.msg)).toEqual(['shown']);
  });
});
