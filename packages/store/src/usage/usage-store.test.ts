import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/backends.ts';
import type { UsageInput } from '../types.ts';

const HOUR = 3_600_000;
const now = Date.now();

function call(overrides: Partial<UsageInput>): UsageInput {
  return {
    platform: 'slack',
    teamId: 'T1',
    userId: 'UALICE',
    command: 'value',
    operation: 'avm',
    credits: 1,
    cacheHit: false,
    status: 200,
    outcome: 'ok',
    durationMs: 120.4,
    referenceId: 'ref-1',
    at: new Date(now - HOUR),
    ...overrides,
  };
}

describeEachBackend('usage store', (backend) => {
  it('records every field and reads it back', async () => {
    const store = await backend.open(backend.freshOptions());
    const recorded = await store.usage.recordUsage(call({ credits: 2.5 }));
    const failed = await store.usage.recordUsage(
      call({ credits: 0, status: undefined, outcome: 'timeout', referenceId: undefined, at: new Date(now) }),
    );
    const list = await store.usage.listUsage({
      platform: 'slack',
      teamId: 'T1',
      since: new Date(now - 2 * HOUR),
    });
    expect(list.map((row) => row.id)).toEqual([failed.id, recorded.id]);
    expect(list[1]).toEqual({ ...call({ credits: 2.5, durationMs: 120 }), id: recorded.id });
    expect(list[0]).toMatchObject({
      status: undefined,
      referenceId: undefined,
      outcome: 'timeout',
      credits: 0,
    });
  });

  it('summarises per command and per user within the window', async () => {
    const store = await backend.open(backend.freshOptions());
    await store.usage.recordUsage(call({}));
    await store.usage.recordUsage(call({ command: 'label', operation: 'energylabel.houses', credits: 3 }));
    await store.usage.recordUsage(call({ userId: 'UBOB', credits: 0, cacheHit: true }));
    await store.usage.recordUsage(call({ userId: 'UBOB', credits: 0, outcome: 'auth', status: 401 }));
    await store.usage.recordUsage(call({ at: new Date(now - 30 * HOUR), credits: 100 }));
    await store.usage.recordUsage(call({ teamId: 'T2', credits: 50 }));

    const summary = await store.usage.summarizeUsage({
      platform: 'slack',
      teamId: 'T1',
      since: new Date(now - 24 * HOUR),
    });
    expect(summary.total).toEqual({ calls: 4, credits: 4, cacheHits: 1, failures: 1 });
    expect(summary.byCommand).toEqual([
      { command: 'label', calls: 1, credits: 3, cacheHits: 0, failures: 0 },
      { command: 'value', calls: 3, credits: 1, cacheHits: 1, failures: 1 },
    ]);
    expect(summary.byUser).toEqual([
      { userId: 'UALICE', calls: 2, credits: 4, cacheHits: 0, failures: 0 },
      { userId: 'UBOB', calls: 2, credits: 0, cacheHits: 1, failures: 1 },
    ]);

    const bob = await store.usage.summarizeUsage({
      platform: 'slack',
      teamId: 'T1',
      userId: 'UBOB',
      since: new Date(now - 48 * HOUR),
    });
    expect(bob.total).toEqual({ calls: 2, credits: 0, cacheHits: 1, failures: 1 });
  });

  it('summarises an empty window as zeros', async () => {
    const store = await backend.open(backend.freshOptions());
    const summary = await store.usage.summarizeUsage({ platform: 'slack', teamId: 'T9', since: new Date(0) });
    expect(summary).toEqual({
      since: new Date(0),
      total: { calls: 0, credits: 0, cacheHits: 0, failures: 0 },
      byCommand: [],
      byUser: [],
    });
  });
});
