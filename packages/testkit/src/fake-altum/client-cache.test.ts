import { createAltumClient, createMemoryCache } from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import { fakeAnswer } from './fake-answer.ts';
import { startFakeAltum } from './start-fake-altum.ts';
import { FAST_RETRY } from './test-policies.ts';

const house = { postcode: '1071AA', housenumber: 28, houseaddition: 'B' };
/** What the fake answers for the house's AVM today (the demo dwelling's value). */
const housePrice = () =>
  Number((fakeAnswer('avm', house) as { Output: { PriceEstimation: string } }).Output.PriceEstimation);
const KEY_B = 'fake-altum-key-0002';

describe('client cache and coalescing against the fake', () => {
  it('sends one request for 50 identical concurrent calls', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => client.callWithMeta('avm', house, { apiKey: fake.apiKey })),
    );
    expect(fake.countFor('avm')).toBe(1);
    expect(results.filter((r) => !r.meta.coalesced && !r.meta.cacheHit)).toHaveLength(1);
    expect(results.reduce((sum, r) => sum + r.meta.credits, 0)).toBe(1);
    expect(new Set(results.map((r) => r.data.Output.PriceEstimation))).toEqual(new Set([housePrice()]));
  });

  it('coalesces even without a cache, and normalises input before comparing', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, cache: false });
    const spellings = [house, { postcode: '1071 aa', housenumber: '28', houseaddition: ' b' }];
    const results = await Promise.all(
      spellings.map((input) => client.callWithMeta('avm', input as typeof house, { apiKey: fake.apiKey })),
    );
    expect(fake.countFor('avm')).toBe(1);
    expect(results.map((r) => r.meta.coalesced).sort()).toEqual([false, true]);
  });

  it('keeps different keys apart', async () => {
    await using fake = await startFakeAltum({ apiKeys: ['fake-altum-key-0001', KEY_B] });
    await using client = createAltumClient({ baseUrl: fake.url });
    await Promise.all([
      client.call('avm', house, { apiKey: fake.apiKey }),
      client.call('avm', house, { apiKey: KEY_B }),
    ]);
    await client.call('avm', house, { apiKey: KEY_B });
    expect(fake.countFor('avm')).toBe(2);
    expect(new Set(fake.requests.map((r) => r.keyHash)).size).toBe(2);
  });

  it('serves from cache within the TTL and asks again after it', async () => {
    await using fake = await startFakeAltum();
    let now = 1_000_000;
    await using client = createAltumClient({
      baseUrl: fake.url,
      cache: createMemoryCache({ now: () => now }),
    });
    const first = await client.callWithMeta('avm', house, { apiKey: fake.apiKey });
    const second = await client.callWithMeta('avm', house, { apiKey: fake.apiKey });
    expect(first.meta).toMatchObject({ cacheHit: false, credits: 1 });
    expect(second.meta).toMatchObject({
      cacheHit: true,
      credits: 0,
      attempts: 0,
      status: 200,
      operationId: 'avm',
    });
    expect(second.data).toEqual(first.data);
    expect(fake.countFor('avm')).toBe(1);
    now += 24 * 60 * 60 * 1000 + 1;
    const third = await client.callWithMeta('avm', house, { apiKey: fake.apiKey });
    expect(third.meta.cacheHit).toBe(false);
    expect(fake.countFor('avm')).toBe(2);
  });

  it('skips the cache read when a call asks for fresh data, and stores the fresh answer', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url });
    await client.call('avm', house, { apiKey: fake.apiKey });
    const fresh = await client.callWithMeta('avm', house, { apiKey: fake.apiKey, cache: false });
    expect(fresh.meta.cacheHit).toBe(false);
    expect(fake.countFor('avm')).toBe(2);
    expect((await client.callWithMeta('avm', house, { apiKey: fake.apiKey })).meta.cacheHit).toBe(true);
  });

  it('does not cache errors', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY });
    fake.inject({ operationId: 'avm', status: 500 });
    await expect(client.call('avm', house, { apiKey: fake.apiKey })).rejects.toMatchObject({
      kind: 'upstream',
    });
    const { meta } = await client.callWithMeta('avm', house, { apiKey: fake.apiKey });
    expect(meta.cacheHit).toBe(false);
    expect(fake.countFor('avm')).toBe(2);
  });

  it('caches the apartment fallback under the original call', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url });
    const input = { postcode: '1017CE', housenumber: 101, houseaddition: 'A02', target_wall_insulation: 4 };
    const first = await client.callWithMeta('sustainability.delta', input, { apiKey: fake.apiKey });
    const again = await client.callWithMeta('sustainability.delta', input, { apiKey: fake.apiKey });
    expect(first.meta.operationId).toBe('sustainability.apartments.delta');
    expect(again.meta).toMatchObject({ cacheHit: true, operationId: 'sustainability.apartments.delta' });
    expect(fake.requests.map((r) => r.operationId)).toEqual([
      'sustainability.delta',
      'sustainability.apartments.delta',
    ]);
  });

  it('lets one caller abort without cancelling the others', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url });
    fake.inject({ operationId: 'avm', latencyMs: 80 });
    const controller = new AbortController();
    const leaving = client.call('avm', house, { apiKey: fake.apiKey, signal: controller.signal });
    const staying = client.call('avm', house, { apiKey: fake.apiKey });
    controller.abort();
    await expect(leaving).rejects.toMatchObject({ kind: 'aborted' });
    expect((await staying).Output.PriceEstimation).toBe(housePrice());
    expect(fake.countFor('avm')).toBe(1);
  });

  it('keeps the shared request going when one of its callers aborts mid-flight', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url });
    fake.inject({ operationId: 'avm', latencyMs: 80 });
    const controller = new AbortController();
    const leaving = client.call('avm', house, { apiKey: fake.apiKey, signal: controller.signal });
    const staying = client.callWithMeta('avm', house, { apiKey: fake.apiKey });
    await expect.poll(() => fake.countFor('avm')).toBe(1);
    controller.abort();
    await expect(leaving).rejects.toMatchObject({ kind: 'aborted' });
    const { data, meta } = await staying;
    expect(data.Output.PriceEstimation).toBe(housePrice());
    expect(meta.coalesced).toBe(true);
    expect(fake.countFor('avm')).toBe(1);
  });

  it('treats a failing shared cache as a miss instead of failing the call', async () => {
    await using fake = await startFakeAltum();
    const broken = {
      get: () => Promise.reject(new Error('cache down')),
      set: () => Promise.reject(new Error('cache down')),
    };
    await using client = createAltumClient({ baseUrl: fake.url, cache: broken });
    const { data, meta } = await client.callWithMeta('avm', house, { apiKey: fake.apiKey });
    expect(data.Output.PriceEstimation).toBe(housePrice());
    expect(meta.cacheHit).toBe(false);
  });
});
