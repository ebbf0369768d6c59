import { createHash } from 'node:crypto';
import {
  createAltumClient,
  type InputOf,
  type OperationDefinition,
  type OperationId,
  operationIds,
  operations,
} from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../fixtures/index.ts';
import { buildResponseBody } from './build-response.ts';
import { fakeAnswer } from './fake-answer.ts';
import { startFakeAltum } from './start-fake-altum.ts';
import { FAST_RETRY } from './test-policies.ts';
import { requestedAddress } from './validate-request.ts';

const withFixture = operationIds.filter((id) => fixtures.has(id));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('client ↔ fake Altum contract', () => {
  it.each(withFixture)('%s: sends what the operation declares and returns typed data', async (id) => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
    const operation = (operations as Record<string, OperationDefinition>)[id]!;
    const fixture = fixtures.get(id)!;

    const { data, meta } = await client.callWithMeta(id, fixture.request as InputOf<OperationId>, {
      apiKey: fake.apiKey,
    });

    const normalised = operation.input.parse(fixture.request) as Record<string, unknown>;
    const served = buildResponseBody(operation, fixture, normalised, requestedAddress(operation, normalised));
    expect(data).toEqual(operation.output.parse(served));
    expect(meta).toMatchObject({
      operationId: id,
      status: 200,
      attempts: 1,
      cacheHit: false,
      coalesced: false,
    });
    expect(meta.credits).toBe(operation.credits);

    expect(fake.requests).toHaveLength(1);
    const [sent] = fake.requests;
    expect(sent?.operationId).toBe(id);
    expect(sent?.method).toBe(operation.method);
    expect(sent?.keyStatus).toBe('valid');
    expect(sent?.keyHash).toBe(sha256(fake.apiKey));
    const pathParams = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const expectedFields = Object.keys(normalised)
      .filter((name) => normalised[name] !== undefined && !pathParams.includes(name))
      .sort();
    if (operation.method === 'GET') {
      expect(Object.keys(sent?.query ?? {}).sort()).toEqual(expectedFields);
    } else {
      expect(sent?.contentType).toBe('application/json');
      expect(Object.keys((sent?.body ?? {}) as object).sort()).toEqual(expectedFields);
    }
  });

  it('returns typed numbers from the AVM strings', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, cache: false });
    const avm = await client.call(
      'avm',
      { postcode: '1071 aa', housenumber: 28, houseaddition: 'b' },
      { apiKey: fake.apiKey },
    );
    const sent = fakeAnswer('avm', fake.requests[0]?.body as Record<string, unknown>) as {
      Output: { PriceEstimation: string };
    };
    expect(typeof sent.Output.PriceEstimation).toBe('string');
    expect(avm.Output.PriceEstimation).toBe(Number(sent.Output.PriceEstimation));
    expect(avm.Output.PostCode).toBe('1071AA');
    expect(fake.requests[0]?.body).toMatchObject({ postcode: '1071AA', housenumber: 28, houseaddition: 'b' });
  });

  it('keeps a base URL path prefix such as the sandbox', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({
      baseUrl: `${fake.url}/sandbox/`,
      cache: false,
      retry: FAST_RETRY,
    });
    const credits = await client.call('credit', { time: 24 }, { apiKey: fake.apiKey });
    expect(credits).toMatchObject({ avmapi: 671 });
    expect(fake.requests[0]?.path).toBe('/sandbox/credit');
  });
});
