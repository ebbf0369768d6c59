import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAKE_KEYS, startFakeAltum } from '@altum-chat/testkit';
import {
  signedFormHeaders,
  slashCommandBody,
  startFakeSlackApi,
  startResponseSink,
} from '@altum-chat/testkit/slack';
import { describe, expect, it } from 'vitest';

const MAIN = new URL('../src/main.ts', import.meta.url).pathname;
// tsx is a root dev dependency (the repo runs every app through it).
const TSX = new URL('../../../node_modules/.bin/tsx', import.meta.url).pathname;

interface Child {
  readonly output: () => string;
  readonly exited: Promise<number | null>;
  kill(): void;
}

function run(env: Record<string, string>): Child {
  // Only what the app needs: nothing from the developer's own environment leaks into the test.
  const child = spawn(TSX, [MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return {
    output: () => output,
    exited: new Promise((resolve) => {
      child.on('exit', (code) => resolve(code));
      child.on('error', () => resolve(null));
    }),
    kill: () => child.kill('SIGTERM'),
  };
}

async function waitForOutput(child: Child, pattern: RegExp): Promise<RegExpExecArray> {
  for (;;) {
    const match = pattern.exec(child.output());
    if (match) return match;
    const exited = await Promise.race([
      child.exited.then(() => true),
      new Promise((r) => setTimeout(() => r(false), 50)),
    ]);
    if (exited) throw new Error(`app exited early:\n${child.output()}`);
  }
}

describe('main.ts', () => {
  it('refuses to start without a signing secret, naming it and no secret values', async () => {
    const child = run({ SLACK_BOT_TOKEN: 'xoxb-secret-value-123', PORT: 'not-a-port' });
    expect(await child.exited).toBe(1);
    expect(child.output()).toContain('SLACK_SIGNING_SECRET');
    expect(child.output()).toContain('PORT');
    expect(child.output()).not.toContain('xoxb-secret-value-123');
    expect(child.output()).not.toContain('not-a-port');
  }, 30_000);

  it('starts from the environment alone and answers a signed command end to end', async () => {
    await using altum = await startFakeAltum();
    await using slackApi = await startFakeSlackApi();
    await using sink = await startResponseSink();
    const dataDir = await mkdtemp(join(tmpdir(), 'altum-slack-main-'));
    const secret = 'main-test-signing-secret';
    const child = run({
      SLACK_SIGNING_SECRET: secret,
      SLACK_BOT_TOKEN: 'xoxb-main-test',
      SLACK_API_URL: slackApi.apiUrl,
      SLACK_RESPONSE_URL_ORIGINS: 'http://127.0.0.1',
      ALTUM_BASE_URL: altum.url,
      ALTUM_API_KEY: FAKE_KEYS.valid,
      DATA_DIR: dataDir,
      PORT: '0',
      DEFAULT_LOCALE: 'en',
      LOG_LEVEL: 'info',
      METRICS_PORT: '0',
    });
    try {
      const [, port, metricsPort] = await waitForOutput(child, /"port":(\d+),"metricsPort":(\d+)/);
      const body = slashCommandBody({ text: 'value 1071AA 28B', responseUrl: sink.url('main') });
      const ack = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: signedFormHeaders(secret, body),
        body,
      });
      expect(ack.status).toBe(200);
      await sink.posts.waitFor((posts) => posts.length === 1);
      expect(JSON.stringify(sink.posts.items[0]?.body)).toContain('Van Baerlestraat 28-B, Amsterdam');
      // /metrics lives on METRICS_PORT (127.0.0.1), not on the public port.
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      expect(metrics).toMatch(/altum_chat_commands_total\{[^}]*command="value"/);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      // SIGTERM drains and exits 0 through the ops shutdown helper.
      child.kill();
      expect(await child.exited).toBe(0);
      expect(child.output()).toContain('shutdown: complete');
      expect(child.output()).not.toContain(FAKE_KEYS.valid);
      expect(child.output()).not.toContain(secret);
    } finally {
      child.kill();
      await child.exited;
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
