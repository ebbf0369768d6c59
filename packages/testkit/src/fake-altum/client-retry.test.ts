import { createAltumClient, isAltumError } from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import { startFakeAltum } from './start-fake-altum.ts';
import { FAST_RETRY } from './test-policies.ts';

const house = { postcode: '1071AA', housenumber: 28, houseaddition: 'B' };

describe('client retries against the fake', () => {
  it.each([502, 503, 504])('retries %i with backoff and then succeeds', async (status) => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
    fake.inject({ operationId: 'avm', status, times: 2 });
    const { meta } = await client.callWithMeta('avm', house, { apiKey: fake.apiKey });
    expect(meta).toMatchObject({ attempts: 3, status: 200 });
    expect(fake.countFor('avm')).toBe(3);
  });

  it('does not resend a paid request reset after it was written (Altum may have charged it)', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
    fake.inject({ operationId: 'avm', reset: true });
    const error = await client.call('avm', house, { apiKey: fake.apiKey }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', delivery: 'unknown' });
    expect(isAltumError(error) && error.message).toContain('may or may not have charged it');
    expect(fake.countFor('avm')).toBe(1);
  });

  it('retries a free request after a reset', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
    fake.inject({ operationId: 'woz.ping', reset: true });
    const ping = { postcode: '1071AA', housenumber: 28 };
    const { meta } = await client.callWithMeta('woz.ping', ping, { apiKey: fake.apiKey });
    expect(meta.attempts).toBe(2);
    expect(fake.countFor('woz.ping')).toBe(2);
  });

  it('retries a paid request refused at connect (it never left)', async () => {
    const fake = await startFakeAltum();
    const url = fake.url;
    await fake.close();
    await using client = createAltumClient({ baseUrl: url, retry: FAST_RETRY, cache: false });
    const error = await client.call('avm', house, { apiKey: 'k'.repeat(40) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', delivery: 'not_sent' });
    expect(isAltumError(error) && error.message).toContain('after 3 attempts');
  });

  it('honours a Retry-After within the cap', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
    fake.inject({ operationId: 'avm', status: 429, retryAfterSeconds: 1 });
    const { meta } = await client.callWithMeta('avm', house, { apiKey: fake.apiKey });
    expect(meta.attempts).toBe(2);
    expect(fake.countFor('avm')).toBe(2);
  });

  it('fails fast with retryAfterMs when Retry-After is beyond the cap', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
    fake.inject({ operationId: 'avm', status: 429, retryAfterSeconds: 120 });
    const error = await client.call('avm', house, { apiKey: fake.apiKey }).catch((e: unknown) => e);
    expect(isAltumError(error) && error.kind).toBe('rate_limited');
    expect(isAltumError(error) && error.retryAfterMs).toBe(120_000);
    expect(isAltumError(error) && error.message).toContain('Wait 120 s');
    expect(fake.countFor('avm')).toBe(1);
  });

  it.each([400, 401, 403, 404, 422, 500])('does not retry %i', async (status) => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
    fake.inject({ operationId: 'avm', status, times: 3 });
    await expect(client.call('avm', house, { apiKey: fake.apiKey })).rejects.toThrow();
    expect(fake.countFor('avm')).toBe(1);
  });

  it('does not retry a timeout (Altum may already have charged the call)', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({
      baseUrl: fake.url,
      retry: FAST_RETRY,
      cache: false,
      timeoutMs: 80,
    });
    fake.inject({ operationId: 'avm', hang: true, times: 3 });
    await expect(client.call('avm', house, { apiKey: fake.apiKey })).rejects.toMatchObject({
      kind: 'timeout',
    });
    expect(fake.countFor('avm')).toBe(1);
  });

  it('stops waiting for a retry when the caller aborts', async () => {
    await using fake = await startFakeAltum();
    const slow = { attempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000, maxRetryAfterMs: 0 };
    await using client = createAltumClient({ baseUrl: fake.url, retry: slow, cache: false });
    fake.inject({ operationId: 'avm', status: 503 });
    const controller = new AbortController();
    const pending = client.call('avm', house, { apiKey: fake.apiKey, signal: controller.signal });
    await expect.poll(() => fake.countFor('avm')).toBe(1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });
});
