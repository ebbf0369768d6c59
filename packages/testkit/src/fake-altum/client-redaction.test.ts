import { inspect } from 'node:util';
import { createAltumClient, type Logger } from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import { startFakeAltum } from './start-fake-altum.ts';
import { FAST_RETRY } from './test-policies.ts';
import type { FaultSpec } from './types.ts';

const SECRET = 'sk-live-5ecr3t-altum-key-XYZ987';
const house = { postcode: '1071AA', housenumber: 28, houseaddition: 'B' };

/** Everything someone could print about an error: message, stack, each cause, JSON and inspect. */
function everythingAbout(error: unknown): string {
  const parts: string[] = [inspect(error, { depth: 20, showHidden: true })];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth += 1) {
    parts.push(String(current));
    if (current instanceof Error) {
      parts.push(current.message, current.stack ?? '');
      const own: Record<string, unknown> = {};
      for (const name of Object.getOwnPropertyNames(current))
        own[name] = (current as unknown as Record<string, unknown>)[name];
      parts.push(inspect(own, { depth: 20, showHidden: true }));
      try {
        parts.push(JSON.stringify(own));
      } catch {
        // A cycle would mean a socket or similar object was kept; inspect above still shows it.
      }
      current = current.cause;
    } else {
      current = undefined;
    }
  }
  return parts.join('\n');
}

function captureLogger(lines: string[]): Logger {
  const write = (obj: object, msg?: string) => {
    lines.push(`${inspect(obj, { depth: 20 })} ${msg ?? ''}`);
  };
  return { debug: write, info: write, warn: write, error: write };
}

describe('the API key never leaves the client', () => {
  it.each<[string, FaultSpec | undefined, number?]>([
    ['unknown key (403)', undefined],
    ['400 that echoes the key', { status: 400, body: { Output: `bad request for key ${SECRET}` } }],
    [
      '422 that echoes the key',
      { status: 422, body: { detail: [{ loc: ['header', SECRET], msg: SECRET }] } },
    ],
    ['500', { status: 500 }],
    ['503 after retries', { status: 503, times: 3 }],
    ['connection reset', { reset: true, times: 3 }],
    ['malformed JSON', { malformedJson: true }],
    ['timeout', { hang: true }, 50],
    ['429', { status: 429, retryAfterSeconds: 600 }],
  ])('%s', async (_name, fault, timeoutMs) => {
    await using fake = await startFakeAltum();
    const lines: string[] = [];
    await using client = createAltumClient({
      baseUrl: fake.url,
      retry: FAST_RETRY,
      logger: captureLogger(lines),
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    if (fault) fake.inject(fault);
    const error = await client.call('avm', house, { apiKey: SECRET }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(everythingAbout(error)).not.toContain(SECRET);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(JSON.stringify(fake.requests)).not.toContain(SECRET);
  });

  it('user abort with the key in the abort reason', async () => {
    await using fake = await startFakeAltum({ apiKeys: [SECRET] });
    const lines: string[] = [];
    await using client = createAltumClient({ baseUrl: fake.url, logger: captureLogger(lines) });
    fake.inject({ hang: true });
    const controller = new AbortController();
    const pending = client
      .call('avm', house, { apiKey: SECRET, signal: controller.signal })
      .catch((e: unknown) => e);
    await expect.poll(() => fake.requests.length).toBe(1);
    controller.abort(new Error(`user cancelled call with ${SECRET}`));
    const error = await pending;
    expect(error).toMatchObject({ kind: 'aborted' });
    expect(everythingAbout(error)).not.toContain(SECRET);
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('successful calls log operation, status, attempts and cache use but not the key', async () => {
    await using fake = await startFakeAltum({ apiKeys: [SECRET] });
    const lines: string[] = [];
    await using client = createAltumClient({ baseUrl: fake.url, logger: captureLogger(lines) });
    await client.call('avm', house, { apiKey: SECRET });
    await client.call('avm', house, { apiKey: SECRET });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/operationId: 'avm'.*status: 200/s);
    expect(lines[1]).toMatch(/cacheHit: true/);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(lines.join('\n')).not.toMatch(/x-api-key/i);
  });
});
