import { createLogger, createMemoryDestination, createSecretRegistry } from '@altum-chat/ops';
import { KEY_BLOCK_ID, KEY_INPUT_ID, KEY_MODAL_ID } from '@altum-chat/slack-bot/src/views/key-modal.ts';
import { interactivityBody, plainTextState, viewSubmissionPayload } from '@altum-chat/testkit/slack';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATA_ROOT } from './support/data-root.ts';
import { type RunnerEnv, startRunnerEnv } from './support/runner-env.ts';
import { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, type SlackEnv, startSlackEnv } from './support/slack-env.ts';

/**
 * Runs every command, the key flows and the error paths with known secrets, logging at trace level
 * through a plain pino logger (no redaction at all), and scans everything written. A secret in the
 * output means some code path put it into a log object or message; scrubbing must not be what saves us.
 */
const USER_KEY = 'UsrLinked7Kq2Wm9Xp4Rz8Tv1Ny6Bc3Hd5Jf0Lg';
const DEPLOYMENT_KEY = 'DplKey4Hs8Vb2Nc6Xz0Qw3Er7Ty1Ui5Op9As2Df';
const MASTER_KEY = Buffer.alloc(32, 7).toString('base64');
const SECRETS = [USER_KEY, DEPLOYMENT_KEY, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, MASTER_KEY];

const COMMANDS = [
  'help',
  'help delta',
  'value 1071AA 28B',
  'valueplus 1071AA 28B',
  'woz 1071AA 28B',
  'label 1071AA 28B',
  'label 1017CE 101-A02 type=apartment',
  'advice 1071AA 28B target=B',
  'delta 1071AA 28B wall_insulation=good',
  'comparables 1071AA 28B',
  'transactions 1071AA 28B',
  'listing 1071AA 28B',
  'features 1071AA 28B',
  'subsidies 3511AA',
  'rebuild 1071AA 28B',
  'value 9999ZZ 1',
  'credits',
  'usage',
  'key status',
  'settings',
  `value 1071AA 28B ${USER_KEY}`,
  USER_KEY,
  `waarde ${DEPLOYMENT_KEY}`,
];

const FAULTS = [
  { status: 500 },
  { malformedJson: true },
  { reset: true },
  { status: 429, retryAfterSeconds: 0 },
  { hang: true },
];

function plainLogger() {
  const destination = createMemoryDestination();
  return { destination, logger: pino({ level: 'trace' }, destination) };
}

function leaks(text: string): string[] {
  return SECRETS.filter((secret) => text.includes(secret));
}

describe('no secret reaches a log line (runner)', () => {
  const { destination, logger } = plainLogger();
  let env: RunnerEnv;
  beforeAll(async () => {
    env = await startRunnerEnv({
      logger,
      deploymentKey: DEPLOYMENT_KEY,
      extraKeys: [USER_KEY, DEPLOYMENT_KEY],
      masterKey: MASTER_KEY,
      dataRoot: TEST_DATA_ROOT,
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 10 },
      timeoutMs: 300,
    });
  });
  afterAll(() => env.close());

  it('with the deployment key, a linked user key, failures and pasted keys', async () => {
    const requester = { platform: 'slack' as const, teamId: 'T1', userId: 'U1', isAdmin: true };
    const replies: unknown[] = [];
    for (const text of COMMANDS) replies.push(await env.runner.run(requester, { kind: 'text', text }));
    replies.push(await env.runner.linkKey(requester, USER_KEY, 'user'));
    replies.push(await env.runner.linkKey(requester, `  ${DEPLOYMENT_KEY}  `, 'team'));
    replies.push(await env.runner.linkKey(requester, 'not-a-valid-key-0000000000000000', 'user'));
    for (const text of COMMANDS) replies.push(await env.runner.run(requester, { kind: 'text', text }));
    for (const fault of FAULTS) {
      env.fake.inject({ ...fault, times: 2 });
      replies.push(await env.runner.run(requester, { kind: 'text', text: 'value 1071AA 30' }));
    }
    replies.push(
      await env.runner.run(requester, {
        kind: 'options',
        command: 'value',
        options: { postcode: USER_KEY, number: 1 },
      }),
    );
    replies.push(await env.runner.run(requester, { kind: 'text', text: 'key logout' }));
    expect(env.fake.requests.some((request) => request.keyStatus === 'valid')).toBe(true);
    expect(destination.lines.length).toBeGreaterThan(COMMANDS.length);
    expect(leaks(destination.text())).toEqual([]);
    expect(leaks(JSON.stringify(replies))).toEqual([]);
  }, 60_000);
});

describe('no secret reaches a log line (Slack app over HTTP)', () => {
  const { destination, logger } = plainLogger();
  let slack: SlackEnv;
  beforeAll(async () => {
    slack = await startSlackEnv({
      logger,
      deploymentKey: DEPLOYMENT_KEY,
      extraKeys: [USER_KEY, DEPLOYMENT_KEY],
      masterKey: MASTER_KEY,
      dataRoot: TEST_DATA_ROOT,
      retry: { attempts: 1 },
      timeoutMs: 300,
    });
  });
  afterAll(() => slack.close());

  it('through slash commands, the key modal, failures and bad signatures', async () => {
    let expected = 0;
    for (const [i, text] of COMMANDS.entries()) {
      expect((await slack.slash(text, `r${i}`)).status).toBe(200);
      expected += 1;
    }
    expect((await slack.slash('key login', 'login')).status).toBe(200);
    const opened = await waitForCall(slack, 'views.open');
    const metadata = (opened.args.view as { private_metadata?: string }).private_metadata ?? '';
    const submit = viewSubmissionPayload({
      callbackId: KEY_MODAL_ID,
      privateMetadata: metadata,
      values: { [KEY_BLOCK_ID]: { [KEY_INPUT_ID]: plainTextState(USER_KEY) } },
    });
    const submitted = await slack.post(interactivityBody(submit));
    expect(submitted.status).toBe(200);
    for (const [i, fault] of FAULTS.entries()) {
      slack.fake.inject({ ...fault, times: 1 });
      expect((await slack.slash('value 1071AA 31', `f${i}`)).status).toBe(200);
      expected += 1;
    }
    // A forged request carrying a key: refused, and the key is not logged with the refusal.
    const forged = await slack.post(`text=${USER_KEY}`, {
      headers: { 'x-slack-signature': `v0=${USER_KEY}` },
    });
    expect(forged.status).toBe(401);
    await slack.sink.posts.waitFor(
      (posts) => posts.filter((p) => p.body.delete_original !== true).length >= expected,
      20_000,
    );
    await waitFor(
      () => slack.fake.requests.some((r) => r.keyHash !== undefined && r.path.includes('credit')),
      3_000,
    );
    // Web API calls carry the bot token by design (that is where it goes); nothing else may ride along.
    const toSlackApi = slack.slackApi.calls.items.map((c) => c.raw).join('\n');
    expect(leaks(toSlackApi).filter((secret) => secret !== SLACK_BOT_TOKEN)).toEqual([]);
    const everything = [destination.text(), ...slack.sink.posts.items.map((p) => p.raw)].join('\n');
    expect(destination.lines.length).toBeGreaterThan(0);
    const found = leaks(everything);
    if (found.length > 0) {
      const where = [destination.text(), ...slack.sink.posts.items.map((p) => p.raw)]
        .flatMap((text) => text.split('\n'))
        .filter((line) => found.some((secret) => line.includes(secret)))
        .map((line) => line.slice(0, 400));
      console.log(where.slice(0, 5));
    }
    expect(found).toEqual([]);
  }, 60_000);
});

describe('the ops logger as the last line of defence', () => {
  it('scrubs registered secrets even when code logs them on purpose', () => {
    const destination = createMemoryDestination();
    const secrets = createSecretRegistry();
    for (const secret of SECRETS) secrets.register(secret);
    const logger = createLogger({ level: 'trace', destination, secrets });
    logger.error(
      { err: new Error(`upstream said ${USER_KEY}`), note: DEPLOYMENT_KEY },
      `token ${SLACK_BOT_TOKEN}`,
    );
    expect(leaks(destination.text())).toEqual([]);
  });
});

async function waitForCall(slack: SlackEnv, method: string) {
  for (let i = 0; i < 200; i += 1) {
    const call = slack.slackApi.callsTo(method)[0];
    if (call) return call;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${method} was never called`);
}

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
}
