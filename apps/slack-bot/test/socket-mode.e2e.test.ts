import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatRunner } from '@altum-chat/chat';
import { silentLogger } from '@altum-chat/core';
import { openStore } from '@altum-chat/store';
import { startFakeSlackApi } from '@altum-chat/testkit/slack';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createSlackApp } from '../src/create-slack-app.ts';

// Socket Mode needs a WebSocket from Slack's apps.connections.open, which no local fake provides;
// this checks only what is ours: the mode switch and that the HTTP server then takes no events.
describe('Socket Mode', () => {
  it('serves health checks but no HTTP events when SLACK_APP_TOKEN is set, without a signing secret', async () => {
    await using slackApi = await startFakeSlackApi();
    const dataDir = await mkdtemp(join(tmpdir(), 'altum-slack-socket-'));
    const store = await openStore({ dataDir, masterKey: randomBytes(32).toString('base64') });
    const unreachable: ChatRunner = {
      plan: () => {
        throw new Error('no command may be planned in this test');
      },
      preferences: () => Promise.reject(new Error('no command may run in this test')),
      run: () => Promise.reject(new Error('no command may run in this test')),
      linkKey: () => Promise.reject(new Error('no command may run in this test')),
      suggestAddresses: () => Promise.reject(new Error('no command may run in this test')),
    };
    // Socket Mode events are not signed HTTP requests: the configuration needs no SLACK_SIGNING_SECRET.
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-socket',
      SLACK_APP_TOKEN: 'xapp-socket',
      SLACK_API_URL: slackApi.apiUrl,
      SLACK_RESPONSE_URL_ORIGINS: 'http://127.0.0.1',
      DEFAULT_LOCALE: 'en',
    });
    expect(config.slack.signingSecret).toBeUndefined();
    const slack = createSlackApp({
      config,
      runner: unreachable,
      store,
      logger: silentLogger,
      clientOptions: { retryConfig: { retries: 0 } },
    });
    expect(slack.mode).toBe('socket');
    await new Promise<void>((resolve) => slack.server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(slack.server.address() as AddressInfo).port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/slack/events`, { method: 'POST', body: 'x' })).status).toBe(404);
    } finally {
      await new Promise<void>((resolve) => slack.server.close(() => resolve()));
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
