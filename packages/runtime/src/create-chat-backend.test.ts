import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PDOK_URL } from '@altum-chat/address';
import { silentLogger } from '@altum-chat/core';
import { FAST_RETRY, startFakeAltum, startFakePdok } from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createChatBackend, isDemoBaseUrl } from './create-chat-backend.ts';
import { DEFAULT_DATA_DIR, sharedEnvShape, sharedSecrets, toSharedConfig } from './shared-env.ts';

const parse = (env: Record<string, string>) => toSharedConfig(z.object(sharedEnvShape).parse(env));

describe('shared configuration', () => {
  it('treats blanks as unset, defaults DATA_DIR to ./data at the repo root and lists every secret', () => {
    const config = parse({
      ALTUM_API_KEY: ' ',
      DATA_DIR: '',
      ALTUM_CHAT_PREVIOUS_MASTER_KEYS: 'AAAA, ,BBBB',
    });
    expect(config.altum.apiKey).toBeUndefined();
    expect(config.store.dataDir).toBe(DEFAULT_DATA_DIR);
    expect(DEFAULT_DATA_DIR).toMatch(/[/\\]data$/);
    expect(config.store.previousMasterKeys).toEqual(['AAAA', 'BBBB']);
    expect(config.defaultLocale).toBe('nl');
    expect(
      sharedSecrets(
        parse({
          ALTUM_API_KEY: 'k-123',
          ALTUM_CHAT_MASTER_KEY: 'm-456',
          METRICS_TOKEN: 'metrics-token-0123456789',
        }),
      ),
    ).toEqual(['k-123', 'm-456', 'metrics-token-0123456789']);
  });

  it('refuses a base URL that is not http(s) and keys that are not base64', () => {
    expect(() => parse({ ALTUM_BASE_URL: 'ftp://api.altum.ai' })).toThrow();
    expect(() => parse({ ALTUM_CHAT_PREVIOUS_MASTER_KEYS: 'not base64!' })).toThrow();
  });

  it('looks addresses up on the public PDOK service unless PDOK_LOCATIESERVER_URL names another URL or off', () => {
    expect(parse({}).address?.pdokUrl).toBe(DEFAULT_PDOK_URL);
    expect(parse({ PDOK_LOCATIESERVER_URL: ' ' }).address?.pdokUrl).toBe(DEFAULT_PDOK_URL);
    expect(parse({ PDOK_LOCATIESERVER_URL: 'OFF' }).address?.pdokUrl).toBe('off');
    expect(parse({ PDOK_LOCATIESERVER_URL: 'http://127.0.0.1:9/x' }).address?.pdokUrl).toBe(
      'http://127.0.0.1:9/x',
    );
    const result = z.object(sharedEnvShape).safeParse({ PDOK_LOCATIESERVER_URL: 'disabled' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be an http(s) URL or off');
  });

  it('reads the batch limits for every app (BATCH_MAX_ROWS, BATCH_MAX_BYTES) and refuses nonsense', () => {
    expect(parse({}).batch).toEqual({ maxRows: 5_000, maxBytes: 5 * 1024 * 1024 });
    expect(parse({ BATCH_MAX_ROWS: '200', BATCH_MAX_BYTES: '65536' }).batch).toEqual({
      maxRows: 200,
      maxBytes: 65_536,
    });
    expect(() => parse({ BATCH_MAX_ROWS: '0' })).toThrow();
    expect(() => parse({ BATCH_MAX_BYTES: 'lots' })).toThrow();
  });

  it('treats anything but production Altum as demo data', () => {
    expect(isDemoBaseUrl(undefined)).toBe(false);
    expect(isDemoBaseUrl('https://api.altum.ai/')).toBe(false);
    expect(isDemoBaseUrl('https://api.altum.ai/sandbox')).toBe(true);
    expect(isDemoBaseUrl('http://127.0.0.1:4010')).toBe(true);
  });
});

describe('createChatBackend', () => {
  it('composes store, client and runner that answer a command against Altum, marked as demo data', async () => {
    await using fake = await startFakeAltum();
    const dataDir = await mkdtemp(join(tmpdir(), 'altum-runtime-'));
    const backend = await createChatBackend(
      parse({
        ALTUM_API_KEY: fake.apiKey,
        ALTUM_BASE_URL: fake.url,
        DATA_DIR: dataDir,
        DEFAULT_LOCALE: 'en',
      }),
      { app: 'test', logger: silentLogger, altumRetry: FAST_RETRY },
    );
    try {
      const reply = await backend.runner.run(
        { platform: 'slack', teamId: 'T1', userId: 'U1' },
        { kind: 'text', text: 'value 1071AA 28B' },
      );
      expect(reply.kind).toBe('result');
      expect(reply.footer?.demo).toBe(true);
      expect(fake.countFor('avm')).toBe(1);
      expect(await backend.metrics.registry.metrics()).toContain('app="test"');
    } finally {
      await backend.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('builds one address resolver on PDOK_LOCATIESERVER_URL, or none that looks anything up when off', async () => {
    await using pdok = await startFakePdok();
    const dataDir = await mkdtemp(join(tmpdir(), 'altum-runtime-'));
    const open = (url: string) =>
      createChatBackend(parse({ DATA_DIR: dataDir, PDOK_LOCATIESERVER_URL: url }), {
        app: 'test',
        logger: silentLogger,
      });
    const on = await open(pdok.url);
    try {
      const found = await on.addresses.resolveAddress('Damrak 1 Amsterdam');
      expect(found.kind === 'match' && found.address.postcode).toBe('1012LG');
      expect(pdok.requests.length).toBeGreaterThan(0);
    } finally {
      await on.close();
    }
    // Look-ups sit in the store's response cache: another instance (here: a restart) asks PDOK nothing.
    const again = await open(pdok.url);
    try {
      const asked = pdok.requests.length;
      const found = await again.addresses.resolveAddress('Damrak 1 Amsterdam');
      expect(found.kind === 'match' && found.address.postcode).toBe('1012LG');
      expect(pdok.requests.length).toBe(asked);
    } finally {
      await again.close();
    }
    const off = await open('off');
    try {
      expect(off.addresses.enabled).toBe(false);
      const asked = pdok.requests.length;
      expect((await off.addresses.resolveAddress('Damrak 1 Amsterdam')).kind).toBe('unavailable');
      expect(pdok.requests.length).toBe(asked);
    } finally {
      await off.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
