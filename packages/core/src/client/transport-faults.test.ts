import { inspect } from 'node:util';
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { AltumError } from '../errors.ts';
import { createAltumClient } from './create-client.ts';

const SECRET = 'sk-live-mock-agent-secret-42';
const BASE = 'http://altum.test';
const house = { postcode: '1071AA', housenumber: 28 };
const agents: MockAgent[] = [];

/** A MockAgent for faults a real server cannot produce: errors that carry the request's headers. */
function mockAltum(): MockAgent {
  const agent = new MockAgent();
  agent.disableNetConnect();
  agents.push(agent);
  return agent;
}

afterEach(async () => {
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
});

function leakyError(): Error {
  const inner = new Error(`socket closed while sending x-api-key: ${SECRET}`);
  const error = new Error(`request to /avm failed (key ${SECRET})`, { cause: inner });
  Object.assign(error, { code: 'UND_ERR_SOCKET', options: { headers: { 'x-api-key': SECRET } } });
  return error;
}

describe('transport faults (MockAgent)', () => {
  it('sanitises an undici-style error that carries the key in message, options and cause', async () => {
    const agent = mockAltum();
    agent.get(BASE).intercept({ path: '/avm', method: 'POST' }).replyWithError(leakyError()).times(3);
    await using client = createAltumClient({
      baseUrl: BASE,
      dispatcher: agent,
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    });
    const error = await client.call('avm', house, { apiKey: SECRET }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AltumError);
    expect(error).toMatchObject({ kind: 'network' });
    const everything = [
      inspect(error, { depth: 20, showHidden: true }),
      String((error as Error).cause),
      (error as Error).stack,
      JSON.stringify(error, Object.getOwnPropertyNames(error)),
    ].join('\n');
    expect(everything).not.toContain(SECRET);
    expect(everything).toContain('[redacted]');
    expect(inspect(error, { depth: 20 })).not.toContain('options');
  });

  it('sends the key in x-api-key and JSON with a content type', async () => {
    const agent = mockAltum();
    let seen: Record<string, string> = {};
    agent
      .get(BASE)
      .intercept({ path: '/avm', method: 'POST' })
      .reply((request) => {
        seen = request.headers as Record<string, string>;
        return { statusCode: 200, data: { Output: { PriceEstimation: '1' } } };
      });
    await using client = createAltumClient({ baseUrl: BASE, dispatcher: agent, cache: false });
    const data = await client.call('avm', house, { apiKey: SECRET });
    expect(data.Output.PriceEstimation).toBe(1);
    expect(seen['x-api-key']).toBe(SECRET);
    expect(seen['content-type']).toBe('application/json');
  });

  it('does not follow a 301 on an operation without an apartment fallback', async () => {
    const agent = mockAltum();
    agent
      .get(BASE)
      .intercept({ path: '/avm', method: 'POST' })
      .reply(
        301,
        { detail: 'Unable to check apartment.' },
        { headers: { location: 'http://elsewhere.test/' } },
      );
    await using client = createAltumClient({ baseUrl: BASE, dispatcher: agent, cache: false });
    await expect(client.call('avm', house, { apiKey: SECRET })).rejects.toMatchObject({
      kind: 'validation',
      status: 301,
    });
  });
});
