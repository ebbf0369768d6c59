import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createMemoryDestination, createSecretRegistry } from '@altum-chat/ops';
import { FAKE_KEYS, type FakeAltum, NO_RETRY, startFakeAltum } from '@altum-chat/testkit';
import {
  type FakeSlackApi,
  type ResponseSink,
  signSlackRequest,
  slashCommandBody,
  startFakeSlackApi,
  startResponseSink,
} from '@altum-chat/testkit/slack';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createSlackService, type SlackService } from '../src/create-slack-service.ts';
import { visibleText } from './harness.ts';

const SECRET = 'service-test-signing-secret';
const masterKey = (): string => randomBytes(32).toString('base64');

/** Whether a fresh TCP connection to the port is accepted. */
const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** What `main.ts` runs (config from an environment, the service, ops routes, shutdown), without the process. */
describe('the wired service', () => {
  let altum: FakeAltum;
  let slackApi: FakeSlackApi;
  let sink: ResponseSink;
  let dataDir: string;
  const logs = createMemoryDestination();
  const services: SlackService[] = [];

  beforeEach(async () => {
    altum = await startFakeAltum();
    slackApi = await startFakeSlackApi();
    sink = await startResponseSink();
    dataDir = await mkdtemp(join(tmpdir(), 'altum-slack-service-'));
  });
  afterEach(async () => {
    for (const service of services.splice(0)) await service.shutdown.shutdown('test over');
    await Promise.all([altum.close(), slackApi.close(), sink.close()]);
    await rm(dataDir, { recursive: true, force: true });
  });

  async function start(env: Record<string, string> = {}): Promise<{ service: SlackService; url: string }> {
    const config = loadConfig({
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-service-test',
      SLACK_API_URL: slackApi.apiUrl,
      SLACK_RESPONSE_URL_ORIGINS: 'http://127.0.0.1',
      ALTUM_BASE_URL: altum.url,
      ALTUM_API_KEY: FAKE_KEYS.valid,
      DATA_DIR: dataDir,
      DEFAULT_LOCALE: 'en',
      ...env,
    });
    const logger = createLogger({ level: 'info', destination: logs, secrets: createSecretRegistry() });
    const service = await createSlackService(config, {
      logger,
      slackClientOptions: { retryConfig: { retries: 0 } },
      altumRetry: NO_RETRY,
    });
    services.push(service);
    const port = await service.start(0, '127.0.0.1');
    return { service, url: `http://127.0.0.1:${port}` };
  }

  const slash = (url: string, text: string, name: string) => {
    const body = slashCommandBody({ text, responseUrl: sink.url(name) });
    return fetch(`${url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlackRequest(SECRET, body) },
      body,
    });
  };

  const METRICS_TOKEN = 'service-test-metrics-token-42';

  /** /readyz once every check has answered (auth.test runs in the background after start). */
  type Readyz = { ready: boolean; checks: Record<string, boolean>; reasons?: Record<string, string> };
  async function settledReadyz(url: string, done: (body: Readyz) => boolean) {
    for (;;) {
      const res = await fetch(`${url}/readyz`);
      const body = (await res.json()) as Readyz;
      if (done(body)) return { status: res.status, body };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('counts commands in /metrics (bearer token on the public port) and is ready on /readyz', async () => {
    const { url } = await start({ METRICS_TOKEN });
    expect((await slash(url, 'value 1071AA 28B', 'metrics')).status).toBe(200);
    await sink.posts.waitFor(() => sink.postsTo('metrics').length === 1);
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    const metrics = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toMatch(/altum_chat_commands_total\{[^}]*command="value"[^}]*\} 1/);
    expect(text).toMatch(/altum_chat_upstream_requests_total\{[^}]*operation="avm"/);
    const ready = await settledReadyz(url, (body) => body.checks.slack === true);
    expect(ready).toEqual({ status: 200, body: { ready: true, checks: { store: true, slack: true } } });
    expect(slackApi.callsTo('auth.test').length).toBeGreaterThan(0);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
  });

  it('does not serve /metrics on the public port by default; METRICS_PORT gets its own listener on 127.0.0.1', async () => {
    const plain = await start();
    expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
    const placed = await start({ METRICS_PORT: '0' });
    expect((await fetch(`${placed.url}/metrics`)).status).toBe(404);
    const metricsPort = placed.service.metricsPort();
    expect(metricsPort).toBeGreaterThan(0);
    const own = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('altum_chat_');
  });

  it("is not ready (503, with Slack's reason) while the bot token fails auth.test", async () => {
    slackApi.answer('auth.test', { ok: false, error: 'invalid_auth' });
    const { url } = await start();
    const ready = await settledReadyz(url, (body) => body.reasons?.slack?.includes('failed') === true);
    expect(ready).toEqual({
      status: 503,
      body: {
        ready: false,
        checks: { store: true, slack: false },
        reasons: { slack: 'slack auth.test failed: invalid_auth' },
      },
    });
    expect(JSON.stringify(ready.body)).not.toContain('xoxb-service-test');
  });

  it('on shutdown refuses new connections but still delivers the reply already acked', async () => {
    const { service, url } = await start();
    const port = Number(new URL(url).port);
    altum.inject({ operationId: 'avm', latencyMs: 1_500 });
    const ack = await slash(url, 'value 1071AA 28B', 'in-flight');
    expect(ack.status).toBe(200);
    expect(service.shutdown.inFlight()).toBeGreaterThan(0);

    const stopping = service.shutdown.shutdown('test SIGTERM');
    expect(await accepts(port)).toBe(false);
    const report = await stopping;
    expect(report).toMatchObject({ drained: true, abandoned: 0, failedResources: [] });
    expect(sink.postsTo('in-flight')).toHaveLength(1);
    expect(visibleText(sink.postsTo('in-flight')[0]?.body ?? {})).toContain(
      'Van Baerlestraat 28-B, Amsterdam',
    );
  });

  it('opens a store sealed under a previous master key during a rotation', async () => {
    const oldKey = masterKey();
    const first = await start({ ALTUM_CHAT_MASTER_KEY: oldKey });
    const user = { platform: 'slack' as const, teamId: 'T0001', userId: 'U0001' };
    await first.service.store.keys.setUserKey(user, FAKE_KEYS.valid);
    await first.service.shutdown.shutdown('rotate');
    const second = await start({
      ALTUM_CHAT_MASTER_KEY: masterKey(),
      ALTUM_CHAT_PREVIOUS_MASTER_KEYS: oldKey,
    });
    expect(await second.service.store.keys.getUserKey(user)).toBe(FAKE_KEYS.valid);
  });

  it('logged none of the secrets', () => {
    expect(logs.text()).not.toContain(SECRET);
    expect(logs.text()).not.toContain(FAKE_KEYS.valid);
    expect(logs.text()).not.toContain('xoxb-service-test');
    expect(logs.text()).not.toContain(METRICS_TOKEN);
  });
});
