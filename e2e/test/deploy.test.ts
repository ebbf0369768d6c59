import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type FakeAltum, startFakeAltum } from '@altum-chat/testkit';
import {
  buildCommandInteraction,
  createDiscordTestKeys,
  signDiscordRequest,
  startFakeDiscordRest,
} from '@altum-chat/testkit/discord';
import {
  signedFormHeaders,
  slashCommandBody,
  startFakeSlackApi,
  startResponseSink,
} from '@altum-chat/testkit/slack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeployedApp } from './support/deployed-app.ts';

/**
 * The production path, as the Dockerfile's build stage runs it: scripts/deploy/deploy-apps.sh builds
 * every app and writes one `pnpm deploy --prod` folder per bot into a temp folder (outside the
 * repository, so nothing resolves from its node_modules). Each bot is then started there with
 * `npm start` (plain node on dist/) and answers one real, signed command against the fakes.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

let out: string;
let fake: FakeAltum;
/** What both bots get besides their platform's variables: the fake Altum, any port, English, info logs. */
const common = () => ({
  ALTUM_BASE_URL: fake.url,
  ALTUM_API_KEY: fake.apiKey,
  PORT: '0',
  DEFAULT_LOCALE: 'en',
  LOG_LEVEL: 'info',
});

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'altum-deploy-'));
  await run('bash', [join(ROOT, 'scripts/deploy/deploy-apps.sh'), out], { cwd: ROOT, maxBuffer: 16 << 20 });
  fake = await startFakeAltum();
}, 240_000);

afterAll(async () => {
  await fake?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

describe.each(['slack-bot', 'discord-bot'])('the deployed %s folder', (app) => {
  it('holds dist/ and production dependencies only: no TypeScript, tsx or workspace package', () => {
    const dir = join(out, app);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.start).toBe('node dist/main.js');
    expect(existsSync(join(dir, 'dist/main.js'))).toBe(true);
    expect(existsSync(join(dir, 'src'))).toBe(false);
    for (const dev of ['tsx', 'typescript', 'vitest', 'esbuild', '@altum-chat', 'fast-check'])
      expect(existsSync(join(dir, 'node_modules', dev)), dev).toBe(false);
  });
});

it('the deployed Slack app answers a signed slash command with its final reply', async () => {
  await using slackApi = await startFakeSlackApi();
  await using sink = await startResponseSink();
  const secret = 'deploy-test-signing-secret';
  const app = await startDeployedApp(join(out, 'slack-bot'), {
    SLACK_SIGNING_SECRET: secret,
    SLACK_BOT_TOKEN: 'xoxb-deploy-test-token',
    SLACK_API_URL: slackApi.apiUrl,
    SLACK_RESPONSE_URL_ORIGINS: 'http://127.0.0.1',
    ...common(),
  });
  try {
    const body = slashCommandBody({ text: 'value 1071AA 28B', responseUrl: sink.url('deployed') });
    const ack = await fetch(`http://127.0.0.1:${app.port}/slack/events`, {
      method: 'POST',
      headers: signedFormHeaders(secret, body),
      body,
    });
    expect(ack.status).toBe(200);
    await sink.posts.waitFor((posts) => posts.length === 1);
    expect(JSON.stringify(sink.posts.items[0]?.body)).toContain('Van Baerlestraat 28-B, Amsterdam');
    // The default data folder is the deployed folder's own data/.
    expect(existsSync(join(out, 'slack-bot/data'))).toBe(true);
  } finally {
    await app.stop();
  }
  // SIGTERM reached the app, which drained and closed (graceful shutdown from the built code).
  expect(app.output()).toContain('shutdown: complete');
  expect(app.output()).not.toContain(secret);
}, 60_000);

it('the deployed Discord bot (HTTP mode) answers a signed interaction with its final edit', async () => {
  await using rest = await startFakeDiscordRest();
  const keys = createDiscordTestKeys();
  const app = await startDeployedApp(join(out, 'discord-bot'), {
    DISCORD_MODE: 'http',
    DISCORD_APPLICATION_ID: '300',
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_API_URL: rest.api,
    ...common(),
  });
  try {
    const payload = buildCommandInteraction('altum', 'value', {
      postcode: '1071AA',
      number: 28,
      addition: 'B',
    });
    const body = JSON.stringify(payload);
    const res = await fetch(`http://127.0.0.1:${app.port}/discord/interactions`, {
      method: 'POST',
      headers: signDiscordRequest(keys, body),
      body,
    });
    expect(res.status).toBe(200);
    const edit = await rest.waitForCall(
      (call) => call.method === 'PATCH' && call.path === `/webhooks/300/${payload.token}/messages/@original`,
    );
    expect(JSON.stringify(edit.body)).toContain('Van Baerlestraat 28-B, Amsterdam');
  } finally {
    await app.stop();
  }
  expect(app.output()).toContain('shutdown: complete');
}, 60_000);
