import {
  blockActionsPayload,
  interactivityBody,
  signSlackRequest,
  slashCommandBody,
} from '@altum-chat/testkit/slack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, type Harness, SIGNING_SECRET, startHarness } from './harness.ts';

const now = (): number => Math.floor(Date.now() / 1000);

describe('request verification', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  /** Nothing may have run: no reply, no Web API call (Bolt's start-up auth.test aside), no Altum call. */
  function expectNoHandlerReached(): void {
    expect(h.sink.posts.items).toHaveLength(0);
    expect(h.slackApi.calls.items.filter((call) => call.method !== 'auth.test')).toHaveLength(0);
    expect(h.altum.requests).toHaveLength(0);
  }

  const body = (name: string): string =>
    slashCommandBody({ text: 'value 1071AA 28B', responseUrl: h.sink.url(name) });

  it('rejects a signature made with another secret', async () => {
    const raw = body('bad-secret');
    const res = await h.post(raw, undefined, signSlackRequest('not-the-secret', raw));
    expect(res.status).toBe(401);
    expectNoHandlerReached();
  });

  it('rejects a correctly signed request older than 5 minutes', async () => {
    const raw = body('stale');
    const res = await h.post(raw, undefined, signSlackRequest(SIGNING_SECRET, raw, now() - 301));
    expect(res.status).toBe(401);
    expectNoHandlerReached();
  });

  it('rejects a timestamp more than 5 minutes in the future (stricter than Bolt)', async () => {
    const raw = body('future');
    const res = await h.post(raw, undefined, signSlackRequest(SIGNING_SECRET, raw, now() + 301));
    expect(res.status).toBe(401);
    expectNoHandlerReached();
  });

  it('rejects a body altered after signing', async () => {
    const raw = body('altered');
    const headers = signSlackRequest(SIGNING_SECRET, raw);
    const res = await h.post(raw.replace('value', 'woz'), undefined, { ...headers });
    expect(res.status).toBe(401);
    expectNoHandlerReached();
  });

  it('rejects missing signature headers', async () => {
    const raw = body('missing');
    const { 'x-slack-request-timestamp': ts } = signSlackRequest(SIGNING_SECRET, raw);
    expect((await h.post(raw, undefined, {})).status).toBe(401);
    expect((await h.post(raw, undefined, { 'x-slack-request-timestamp': ts })).status).toBe(401);
    expectNoHandlerReached();
  });

  it('rejects a payload smuggled next to ssl_check=1 (slackapi/bolt-js#2899)', async () => {
    const smuggled = `ssl_check=1&${interactivityBody(
      blockActionsPayload({
        actionId: 'slack.share',
        value: 'value 1071AA 28B',
        responseUrl: h.sink.url('smuggled'),
      }),
    )}`;
    const res = await h.post(smuggled, undefined, {});
    expect(res.status).toBe(401);
    const command = `ssl_check=1&${body('smuggled-command')}`;
    expect((await h.post(command, undefined, {})).status).toBe(401);
    expectNoHandlerReached();
  });

  it('answers a bare ssl_check without a signature and without running anything', async () => {
    const res = await h.post('ssl_check=1&token=legacy', undefined, {});
    expect(res.status).toBe(200);
    expectNoHandlerReached();
  });

  it('logs each rejection without the secret, the token or the forged signature', () => {
    expect(h.logs()).toContain('slack request rejected');
    expect(h.logs()).not.toContain(SIGNING_SECRET);
    expect(h.logs()).not.toContain(BOT_TOKEN);
    expect(h.logs()).not.toContain('v0=');
  });

  it('accepts the same request when signed correctly', async () => {
    const res = await h.post(body('good'));
    expect(res.status).toBe(200);
    await h.sink.posts.waitFor(() => h.sink.postsTo('good').length === 1);
  });
});

describe('other routes', () => {
  it('serves /healthz and 404s unknown paths and unsigned chart ids', async () => {
    await using h = await startHarness();
    const health = await fetch(`${h.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect((await fetch(`${h.baseUrl}/nope`)).status).toBe(404);
    expect(
      (await fetch(`${h.baseUrl}/charts/${'a'.repeat(32)}.9999999999.AAAAAAAAAAAAAAAAAAAAAA.png`)).status,
    ).toBe(404);
    // Without OAuth configured there is no install page.
    expect((await fetch(`${h.baseUrl}/slack/install`)).status).toBe(404);
  });
});
