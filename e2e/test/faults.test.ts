import type { Reply } from '@altum-chat/chat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATA_ROOT } from './support/data-root.ts';
import { countUnhandledRejections, randomFault } from './support/faults.ts';
import { pool, seededRandom } from './support/rng.ts';
import { type RunnerEnv, startRunnerEnv } from './support/runner-env.ts';
import { type SlackEnv, startSlackEnv } from './support/slack-env.ts';

/** Fast retries and a short timeout: the fault paths run in milliseconds, not Altum's 20 s. */
const CLIENT = {
  dataRoot: TEST_DATA_ROOT,
  retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1_500 },
  timeoutMs: 1_000,
};
// Commands without charts: chart rendering is CPU work that would only slow this suite down.
const COMMANDS = [
  'valueplus',
  'label',
  'transactions',
  'features',
  'listing',
  'rebuild',
  'comparables',
] as const;

function commandText(random: () => number, i: number): string {
  const command = COMMANDS[Math.floor(random() * COMMANDS.length)] ?? 'value';
  // Distinct house numbers, so every command goes upstream and meets the fault schedule.
  return `${command} 1071AA ${1 + (i % 400)}`;
}

describe('upstream faults through the real runner', () => {
  let env: RunnerEnv;
  const rejections = countUnhandledRejections();
  beforeAll(async () => {
    env = await startRunnerEnv({ ...CLIENT, cache: false });
  });
  afterAll(async () => {
    rejections.stop();
    await env.close();
  });

  it('answers each of 1,000 commands exactly once while ~20% meet timeouts, 5xx, 429, bad JSON, resets and slow bodies', async () => {
    const random = seededRandom(20_260_701);
    let injected = 0;
    const settled = new Map<number, number>();
    const replies = await pool(1_000, 20, async (i) => {
      if (random() < 0.2) {
        env.fake.inject(randomFault(random));
        injected += 1;
      }
      const reply: Reply = await env.runner.run(
        { platform: 'slack', teamId: 'T1', userId: `U${i % 17}` },
        { kind: 'text', text: commandText(random, i) },
      );
      settled.set(i, (settled.get(i) ?? 0) + 1);
      return reply;
    });

    expect(injected).toBeGreaterThan(150);
    expect(settled.size).toBe(1_000);
    expect([...settled.values()].every((n) => n === 1)).toBe(true);
    for (const reply of replies) {
      expect(reply.title.length).toBeGreaterThan(0);
      expect(['result', 'error']).toContain(reply.kind);
    }
    const errors = replies.filter((reply) => reply.kind === 'error');
    // Retries absorb most faults; those that outlast three attempts become an error reply with a
    // reference. How many do depends on timing (hangs hit the client timeout), so only both kinds are asserted.
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.footer?.reference).toMatch(/^[A-Z0-9]{6,}$/);
    expect(replies.filter((reply) => reply.kind === 'result').length).toBeGreaterThan(0);
    expect(env.fake.requests.length).toBeGreaterThan(1_000);
    expect(rejections.count()).toBe(0);
    // Still serving after all that.
    const after = await env.runner.run(
      { platform: 'slack', teamId: 'T1', userId: 'U1' },
      { kind: 'text', text: 'value 1071AA 28B' },
    );
    expect(after.kind).toBe('result');
  }, 120_000);
});

describe('upstream faults through the Slack app over HTTP', () => {
  let slack: SlackEnv;
  const rejections = countUnhandledRejections();
  beforeAll(async () => {
    slack = await startSlackEnv({ ...CLIENT, cache: false });
  });
  afterAll(async () => {
    rejections.stop();
    await slack.close();
  });

  it('acks every signed command and posts exactly one final reply to each response_url', async () => {
    const random = seededRandom(7_070_707);
    const count = 300;
    const acks = await pool(count, 30, async (i) => {
      if (random() < 0.2) slack.fake.inject(randomFault(random));
      return slack.slash(commandText(random, i), `c${i}`);
    });
    expect(acks.every((ack) => ack.status === 200)).toBe(true);
    await waitFor(() => finalReplies(slack).size >= count, 15_000);
    // A little longer, so a duplicate post would have time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const perCommand = finalReplies(slack);
    expect(perCommand.size).toBe(count);
    expect([...perCommand.values()].filter((n) => n !== 1)).toEqual([]);
    expect(rejections.count()).toBe(0);
    expect((await fetch(`${slack.baseUrl}/healthz`)).status).toBe(200);
  }, 120_000);
});

/** Final replies per response_url (a public answer is a post plus a `delete_original`, which is not a reply). */
function finalReplies(slack: SlackEnv): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of slack.sink.posts.items) {
    if (post.body.delete_original === true) continue;
    counts.set(post.path, (counts.get(post.path) ?? 0) + 1);
  }
  return counts;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
