import { createEventHub } from '@altum-chat/core';
import { createLogger, createMemoryDestination, createMetrics, createSecretRegistry } from '@altum-chat/ops';
import { type ChatBackendEvents, feedMetrics } from '@altum-chat/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATA_ROOT } from './support/data-root.ts';
import { type RunnerEnv, startRunnerEnv } from './support/runner-env.ts';

function series(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

/**
 * The real runner and client report through typed events (`feedMetrics`, as createChatBackend wires
 * it); the metrics must match what happened upstream, whatever the log says. Each variant logs
 * differently: not at all, and with every message renamed. Both must give the same metrics.
 */
describe.each([
  ['with no log at all', 'silent'],
  ['with every log message renamed', 'renamed'],
] as const)('metrics from the client and runner events, %s', (_name, logging) => {
  const metrics = createMetrics({ processMetrics: false });
  const destination = createMemoryDestination();
  let env: RunnerEnv;
  beforeAll(async () => {
    const events = createEventHub<ChatBackendEvents>();
    feedMetrics(events, metrics);
    const pino = createLogger({ level: 'debug', destination, secrets: createSecretRegistry() });
    const rename =
      (level: 'debug' | 'info' | 'warn' | 'error') =>
      (obj: object, msg?: string): void =>
        pino[level](obj, `renamed ${msg ?? ''}`);
    const logger =
      logging === 'renamed'
        ? { debug: rename('debug'), info: rename('info'), warn: rename('warn'), error: rename('error') }
        : undefined;
    env = await startRunnerEnv({
      events,
      ...(logger ? { logger } : {}),
      dataRoot: TEST_DATA_ROOT,
      retry: { attempts: 1 },
    });
  });
  afterAll(() => env.close());

  it('counts commands by outcome, upstream calls by source, cache hits, credits and none left in flight', async () => {
    const requester = { platform: 'slack' as const, teamId: 'T1', userId: 'U1' };
    await env.runner.run(requester, { kind: 'text', text: 'value 1071AA 28B' });
    await env.runner.run(requester, { kind: 'text', text: 'value 1071AA 28B' });
    await env.runner.run(requester, { kind: 'text', text: 'value' });
    env.fake.inject({ status: 500, operationId: 'avm' });
    await env.runner.run(requester, { kind: 'text', text: 'value 1071AA 7' });
    const s = series(await metrics.text());
    expect(s.get('altum_chat_commands_total{command="value",platform="slack",outcome="ok"}')).toBe(2);
    expect(s.get('altum_chat_commands_total{command="value",platform="slack",outcome="upstream"}')).toBe(1);
    expect(
      [...s.keys()].some((k) => k.startsWith('altum_chat_commands_total') && k.includes('outcome="usage"')),
    ).toBe(true);
    expect(s.get('altum_chat_upstream_requests_total{operation="avm",source="sent"}')).toBe(
      env.fake.countFor('avm'),
    );
    expect(s.get('altum_chat_cache_hits_total{operation="avm"}')).toBe(1);
    expect(s.get('altum_chat_credits_spent_total{operation="avm"}')).toBe(1);
    expect(s.get('altum_chat_upstream_duration_seconds_count{operation="avm",outcome="upstream"}')).toBe(1);
    expect(s.get('altum_chat_commands_in_flight')).toBe(0);
    const logged = destination.entries().map((entry) => String(entry.msg));
    if (logging === 'silent') expect(logged).toEqual([]);
    else expect(logged.length > 0 && logged.every((msg) => msg.startsWith('renamed'))).toBe(true);
  });

  it('counts a budget refusal by the cap that refused it', async () => {
    const requester = { platform: 'slack' as const, teamId: 'T2', userId: 'U2' };
    await env.store.budgets.setUserDailyCap({ platform: 'slack', teamId: 'T2', userId: 'U2' }, 0);
    await env.runner.run(requester, { kind: 'text', text: 'value 1071AA 30' });
    const s = series(await metrics.text());
    expect(s.get('altum_chat_budget_refusals_total{platform="slack",scope="user_daily"}')).toBe(1);
    expect(s.get('altum_chat_commands_total{command="value",platform="slack",outcome="over_budget"}')).toBe(
      1,
    );
  });
});
