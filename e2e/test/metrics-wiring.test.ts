import { getOperation } from '@altum-chat/core';
import {
  createLogger,
  createMemoryDestination,
  createMetrics,
  createSecretRegistry,
  observeLogger,
} from '@altum-chat/ops';
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

/** The real runner and client log through `observeLogger`; the metrics must match what happened upstream. */
describe('metrics from the runner and client log lines', () => {
  const metrics = createMetrics({ processMetrics: false });
  const destination = createMemoryDestination();
  let env: RunnerEnv;
  beforeAll(async () => {
    const logger = observeLogger(
      createLogger({ level: 'info', destination, secrets: createSecretRegistry() }),
      metrics,
      {
        creditsOf: (id) => getOperation(id)?.credits ?? 0,
      },
    );
    env = await startRunnerEnv({ logger, dataRoot: TEST_DATA_ROOT, retry: { attempts: 1 } });
  });
  afterAll(() => env.close());

  it('counts commands by outcome, upstream calls by source, cache hits and credits', async () => {
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
      env.fake.countFor('avm') - 1 + 1,
    );
    expect(s.get('altum_chat_cache_hits_total{operation="avm"}')).toBe(1);
    expect(s.get('altum_chat_credits_spent_total{operation="avm"}')).toBe(1);
    expect(s.get('altum_chat_upstream_duration_seconds_count{operation="avm",outcome="upstream"}')).toBe(1);
    // Only the info lines reached the log; the debug `altum call` lines were counted all the same.
    expect(destination.entries().every((entry) => entry.level !== 'debug')).toBe(true);
  });
});
