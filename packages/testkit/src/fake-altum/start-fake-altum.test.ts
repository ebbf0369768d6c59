import { createHash } from 'node:crypto';
import { type OperationDefinition, operationIds, operations } from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../fixtures/index.ts';
import { ADDRESS_NOT_FOUND_MESSAGE, FAKE_ADDRESSES, FAKE_KEYS } from './scenarios.ts';
import { startFakeAltum } from './start-fake-altum.ts';

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function post(url: string, path: string, body: unknown, key?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== undefined) headers['x-api-key'] = key;
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

async function get(url: string, path: string, key?: string): Promise<Answer> {
  const response = await fetch(`${url}${path}`, { headers: key === undefined ? {} : { 'x-api-key': key } });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const addressOps = Object.values(operations as Record<string, OperationDefinition>).filter(
  (op) => op.method === 'POST' && op.address && fixtures.get(op.id)?.addressLookup,
);

describe('fake Altum', () => {
  it('has a fixture for every operation id', () => {
    const missing = operationIds.filter((id) => !fixtures.has(id));
    expect(missing).toEqual([]);
  });

  it('serves the credit fixture and records the request without the key', async () => {
    await using fake = await startFakeAltum();
    const answer = await get(fake.url, '/credit?time=24', fake.apiKey);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(fixtures.get('credit')?.response);
    expect(fake.requests).toHaveLength(1);
    const [recorded] = fake.requests;
    expect(recorded).toMatchObject({
      method: 'GET',
      path: '/credit',
      query: { time: '24' },
      operationId: 'credit',
    });
    expect(recorded?.keyHash).toBe(createHash('sha256').update(fake.apiKey).digest('hex'));
    expect(JSON.stringify(fake.requests)).not.toContain(fake.apiKey);
    expect(fake.countFor('credit')).toBe(1);
  });

  it('answers 403 Missing Authentication Token for a missing or unknown key and for unknown paths', async () => {
    await using fake = await startFakeAltum();
    expect(await get(fake.url, '/credit')).toMatchObject({
      status: 403,
      body: { message: 'Missing Authentication Token' },
    });
    expect(await get(fake.url, '/credit', 'not-a-key')).toMatchObject({ status: 403 });
    expect(await get(fake.url, '/no-such-api', fake.apiKey)).toMatchObject({
      status: 403,
      body: { message: 'Missing Authentication Token' },
    });
    expect(fake.requests.map((r) => r.keyStatus)).toEqual(['missing', 'unknown', 'valid']);
  });

  it('answers 401 for a no-access key and 403 Forbidden on /credit for a key without the feature', async () => {
    await using fake = await startFakeAltum();
    const noAccess = await get(fake.url, '/credit', FAKE_KEYS.noAccess);
    expect(noAccess.status).toBe(401);
    expect(noAccess.body).toMatchObject({ Output: expect.stringContaining('https://api.altum.ai') });
    expect(await get(fake.url, '/credit', FAKE_KEYS.noCreditFeature)).toMatchObject({
      status: 403,
      body: { message: 'Forbidden' },
    });
  });

  it('answers 422 with FastAPI-style detail for input the operation schema rejects', async () => {
    await using fake = await startFakeAltum();
    const answer = await get(fake.url, '/credit?time=abc', fake.apiKey);
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ detail: [{ loc: ['query', 'time'] }] });
  });

  it('injects faults a limited number of times, then answers normally', async () => {
    await using fake = await startFakeAltum();
    fake.inject({ operationId: 'credit', status: 429, retryAfterSeconds: 2, times: 2 });
    const first = await get(fake.url, '/credit', fake.apiKey);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    expect((await get(fake.url, '/credit', fake.apiKey)).status).toBe(429);
    expect((await get(fake.url, '/credit', fake.apiKey)).status).toBe(200);
  });

  it('serves malformed JSON, resets connections and closes while a request hangs', async () => {
    const fake = await startFakeAltum();
    fake.inject({ malformedJson: true });
    const response = await fetch(`${fake.url}/credit`, { headers: { 'x-api-key': fake.apiKey } });
    await expect(response.json()).rejects.toThrow();
    fake.inject({ reset: true });
    await expect(fetch(`${fake.url}/credit`, { headers: { 'x-api-key': fake.apiKey } })).rejects.toThrow();
    fake.inject({ hang: true });
    const hanging = fetch(`${fake.url}/credit`, { headers: { 'x-api-key': fake.apiKey } });
    await expect.poll(() => fake.requests.length).toBe(3);
    await fake.close();
    await expect(hanging).rejects.toThrow();
  });

  it('drips a slow body that still parses', async () => {
    await using fake = await startFakeAltum();
    fake.inject({ slowBodyMs: 40 });
    const answer = await get(fake.url, '/credit', fake.apiKey);
    expect(answer.body).toEqual(fixtures.get('credit')?.response);
  });

  it.each(addressOps.map((op) => [op.id, op] as const))(
    '%s: not-found address answers 400, apartment answers 301 only with a fallback',
    async (_id, op) => {
      await using fake = await startFakeAltum();
      const fields = op.address!;
      const request = fixtures.get(op.id)?.request ?? {};
      const withAddress = (a: { postcode: string; housenumber: number; addition?: string }) => ({
        ...request,
        [fields.postcode]: a.postcode,
        [fields.housenumber]: a.housenumber,
        ...(fields.addition ? { [fields.addition]: a.addition ?? '' } : {}),
      });
      const notFound = await post(fake.url, op.path, withAddress(FAKE_ADDRESSES.notFound), fake.apiKey);
      expect(notFound).toMatchObject({ status: 400, body: { Output: ADDRESS_NOT_FOUND_MESSAGE } });
      const apartment = await post(fake.url, op.path, withAddress(FAKE_ADDRESSES.apartment), fake.apiKey);
      if (op.apartmentFallback) {
        expect(apartment).toMatchObject({ status: 301, body: { detail: 'Unable to check apartment.' } });
      } else {
        expect(apartment.status).toBe(200);
      }
    },
  );

  it('forgets requests and pending faults on reset', async () => {
    await using fake = await startFakeAltum();
    fake.inject({ status: 500, times: 5 });
    expect((await get(fake.url, '/credit', fake.apiKey)).status).toBe(500);
    fake.reset();
    expect(fake.requests).toHaveLength(0);
    expect((await get(fake.url, '/credit', fake.apiKey)).status).toBe(200);
    expect(fake.countFor('credit')).toBe(1);
  });
});
