import { silentLogger } from '@altum-chat/core';
import { createGracefulShutdown } from '@altum-chat/ops';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATA_ROOT } from './support/data-root.ts';
import { pool } from './support/rng.ts';
import { type SlackEnv, startSlackEnv } from './support/slack-env.ts';

/**
 * SIGTERM mid-load, in process: the ops shutdown helper wired around the real Slack app the way
 * main.ts should wire it (server registered, every Bolt listener tracked through a global
 * middleware, app + store + client closed last). Every acked command must still get its reply.
 */
describe('graceful shutdown of the Slack app mid-load', () => {
  let slack: SlackEnv;
  const shutdown = createGracefulShutdown({ logger: silentLogger, deadlineMs: 10_000 });
  beforeAll(async () => {
    slack = await startSlackEnv({ latencyMs: 150, dataRoot: TEST_DATA_ROOT, retry: { attempts: 1 } });
    // Bolt resolves next() only when the listener has finished, including the work after ack().
    slack.slack.app.use(async ({ next }) => {
      await shutdown.track(next());
    });
    shutdown.addServer(slack.slack.server);
    shutdown.addResource('app, Altum client and store', () => slack.close());
  });
  afterAll(() => slack.close());

  it('finishes every accepted command, refuses new connections, then closes the store', async () => {
    const count = 80;
    const acks = await pool(count, count, (i) => slack.slash(`value 1071AA ${i + 1}`, `s${i}`));
    expect(acks.every((ack) => ack.status === 200)).toBe(true);
    // The fake answers in 150 ms, so the commands' Altum calls are still in flight now.
    expect(shutdown.inFlight()).toBeGreaterThan(0);
    const repliesBefore = slack.sink.posts.items.length;
    expect(repliesBefore).toBeLessThan(count);

    const done = shutdown.shutdown('SIGTERM');
    await expect(fetch(`${slack.baseUrl}/healthz`)).rejects.toThrow();
    const report = await done;

    expect(report).toMatchObject({ drained: true, abandoned: 0, failedResources: [] });
    const finals = new Map<string, number>();
    for (const post of slack.sink.posts.items) {
      if (post.body.delete_original === true) continue;
      finals.set(post.path, (finals.get(post.path) ?? 0) + 1);
    }
    expect(finals.size).toBe(count);
    expect([...finals.values()].every((n) => n === 1)).toBe(true);
  }, 30_000);
});
