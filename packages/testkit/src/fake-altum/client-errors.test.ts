import { type AltumError, type AltumErrorKind, createAltumClient, isAltumError } from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import { fakeAnswer } from './fake-answer.ts';
import { ADDRESS_NOT_FOUND_MESSAGE, FAKE_ADDRESSES, FAKE_KEYS } from './scenarios.ts';
import { startFakeAltum } from './start-fake-altum.ts';
import { FAST_RETRY } from './test-policies.ts';
import type { FaultSpec } from './types.ts';

const house = { postcode: '1071AA', housenumber: 28, houseaddition: 'B' };
/** What the fake answers for the house's AVM today (the demo dwelling's value). */
const housePrice = () =>
  Number((fakeAnswer('avm', house) as { Output: { PriceEstimation: string } }).Output.PriceEstimation);

async function caught(promise: Promise<unknown>): Promise<AltumError> {
  try {
    await promise;
  } catch (error) {
    if (isAltumError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function failWith(fault: FaultSpec, options: { timeoutMs?: number } = {}) {
  await using fake = await startFakeAltum();
  await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false, ...options });
  fake.inject({ operationId: 'avm', ...fault });
  const error = await caught(client.call('avm', house, { apiKey: fake.apiKey }));
  return { error, attempts: fake.countFor('avm') };
}

describe('client error mapping against the fake', () => {
  it.each<[string, FaultSpec, AltumErrorKind, number]>([
    ['401 no access', { status: 401 }, 'auth', 1],
    ['403 missing token', { status: 403, body: { message: 'Missing Authentication Token' } }, 'auth', 1],
    ['403 forbidden', { status: 403, body: { message: 'Forbidden' } }, 'forbidden', 1],
    ['404', { status: 404 }, 'not_found', 1],
    ['400 not found', { status: 400, body: { Output: ADDRESS_NOT_FOUND_MESSAGE } }, 'not_found', 1],
    [
      '400 detail not found',
      {
        status: 400,
        body: { detail: 'Address not found in database, combination of zip code and house number.' },
      },
      'not_found',
      1,
    ],
    ['400 business', { status: 400, body: { Output: 'The prediction is too low.' } }, 'rejected', 1],
    ['400 unknown message', { status: 400, body: { Output: 'Something new went wrong.' } }, 'rejected', 1],
    ['429 without Retry-After', { status: 429 }, 'rate_limited', 1],
    ['500', { status: 500 }, 'upstream', 1],
    ['502 after retries', { status: 502, times: 3 }, 'upstream', 3],
    ['503 after retries', { status: 503, times: 3 }, 'upstream', 3],
    ['504 after retries', { status: 504, times: 3 }, 'upstream', 3],
    [
      '200 with a string Output',
      { status: 200, body: { Output: ADDRESS_NOT_FOUND_MESSAGE } },
      'not_found',
      1,
    ],
    [
      '200 with a business Output',
      { status: 200, body: { Output: 'The given house type is unsupported or unknown.' } },
      'validation',
      1,
    ],
    ['200 that is not JSON', { malformedJson: true }, 'invalid_response', 1],
    ['200 of the wrong shape', { status: 200, body: { Output: { City: 'Utrecht' } } }, 'invalid_response', 1],
    // A reset after the request was written may come after Altum charged it: never resent.
    ['connection reset', { reset: true, times: 3 }, 'network', 1],
  ])('%s → %s', async (_name, fault, kind, attempts) => {
    const { error, attempts: seen } = await failWith(fault);
    expect(error.kind).toBe(kind);
    expect(error.operationId).toBe('avm');
    expect(error.message).toMatch(/^avm \(POST \/avm\): /);
    expect(error.beforeSend).toBe(false);
    expect(seen).toBe(attempts);
  });

  it('keeps the business message Altum sent', async () => {
    const { error } = await failWith({ status: 400, body: { Output: 'The prediction is too low.' } });
    expect(error.message).toContain('The prediction is too low.');
    expect(error.status).toBe(400);
  });

  it('maps a 422 detail list onto fields', async () => {
    const { error } = await failWith({
      status: 422,
      body: {
        detail: [
          { loc: ['body', 'postcode'], msg: 'string does not match regex', type: 'value_error.str.regex' },
        ],
      },
    });
    expect(error.kind).toBe('validation');
    expect(error.fields).toEqual([{ field: 'postcode', message: 'string does not match regex' }]);
    expect(error.message).toContain('postcode: string does not match regex');
  });

  it('maps the real 403, 401 and 403 Forbidden answers of the fake', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
    expect(await caught(client.call('credit', {}, { apiKey: 'wrong-key-123' }))).toMatchObject({
      kind: 'auth',
      status: 403,
    });
    expect(await caught(client.call('credit', {}, { apiKey: FAKE_KEYS.noAccess }))).toMatchObject({
      kind: 'auth',
      status: 401,
    });
    expect(await caught(client.call('credit', {}, { apiKey: FAKE_KEYS.noCreditFeature }))).toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
  });

  it('answers not_found for the fake not-found address', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
    const { postcode, housenumber } = FAKE_ADDRESSES.notFound;
    const error = await caught(client.call('avm', { postcode, housenumber }, { apiKey: fake.apiKey }));
    expect(error).toMatchObject({ kind: 'not_found', status: 400 });
  });

  it('times out on a hanging answer and on a body that drips too slowly', async () => {
    expect((await failWith({ hang: true }, { timeoutMs: 100 })).error.kind).toBe('timeout');
    expect((await failWith({ slowBodyMs: 1_000 }, { timeoutMs: 100 })).error.kind).toBe('timeout');
  });

  it('reads a slow body that arrives within the timeout', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, cache: false, timeoutMs: 5_000 });
    fake.inject({ slowBodyMs: 60 });
    const data = await client.call('avm', house, { apiKey: fake.apiKey });
    expect(data.Output.PriceEstimation).toBe(housePrice());
  });

  it('reports a user abort as aborted, also before sending', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, cache: false });
    fake.inject({ hang: true });
    const controller = new AbortController();
    const pending = caught(client.call('avm', house, { apiKey: fake.apiKey, signal: controller.signal }));
    await expect.poll(() => fake.requests.length).toBe(1);
    controller.abort();
    expect((await pending).kind).toBe('aborted');
    const early = await caught(
      client.call('avm', house, { apiKey: fake.apiKey, signal: AbortSignal.abort() }),
    );
    expect(early.kind).toBe('aborted');
    expect(fake.requests).toHaveLength(1);
  });

  it('rejects invalid input before sending, with fields and a message that says what to do', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url });
    const error = await caught(
      client.call('avm', { postcode: '12', housenumber: 0 }, { apiKey: fake.apiKey }),
    );
    expect(error.kind).toBe('validation');
    expect(error.beforeSend).toBe(true);
    expect(error.fields.map((f) => f.field).sort()).toEqual(['housenumber', 'postcode']);
    expect(error.message).toContain('1071AA');
    expect(error.message).toContain('nothing was sent');
    expect(fake.requests).toHaveLength(0);
  });

  it('re-issues a 301 apartment answer on the apartments operation', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY });
    const { postcode, housenumber, addition } = FAKE_ADDRESSES.apartment;
    const { data, meta } = await client.callWithMeta(
      'sustainability',
      { postcode, housenumber, houseaddition: addition },
      { apiKey: fake.apiKey },
    );
    expect(meta.operationId).toBe('sustainability.apartments');
    expect(meta.attempts).toBe(2);
    expect(data).toBeTypeOf('object');
    expect(fake.requests.map((r) => r.path)).toEqual(['/v2/sustainability', '/v2/sustainability/apartments']);
    expect(fake.requests[1]?.body).toMatchObject({ postcode, housenumber, houseaddition: addition });
  });
});
