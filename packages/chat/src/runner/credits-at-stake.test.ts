import { describe, expect, it } from 'vitest';
import { alice, bram, createHarness } from '../../test/runner-harness.ts';

const text = (t: string) => ({ kind: 'text', text: t }) as const;
const FAST = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 0 };
const team = { platform: 'slack', teamId: 'T1', since: new Date(0) } as const;

describe('credits at stake', () => {
  it('serves a cached answer at a budget of 0, for 0 credits', async () => {
    await using h = await createHarness({ deploymentKey: true, cache: true });
    const first = await h.runner.run(alice, text('value 1071AA 28B'));
    expect(first.footer?.credits).toBe(1);
    await h.store.budgets.setBudget(alice, { userDailyCredits: 0 });
    const cached = await h.runner.run(alice, text('value 1071AA 28B'));
    expect(cached.kind).toBe('result');
    expect(cached.title).toBe(first.title);
    expect(cached.footer).toMatchObject({ credits: 0 });
    expect(h.fake.countFor('avm')).toBe(1);
    // Not cached: the same cap refuses it before anything is sent, and says it would cost 1.
    const refused = await h.runner.run(alice, text('value 1071AA 30'));
    expect(refused.title).toBe('Budget reached');
    expect(h.fake.countFor('avm')).toBe(1);
    const rows = await h.store.usage.listUsage(team);
    expect(rows.map((row) => [row.outcome, row.credits, row.cacheHit]).sort()).toEqual([
      ['budget_refused', 0, false],
      ['ok', 0, true],
      ['ok', 1, false],
    ]);
  });

  it('does not resend a paid request after a reset once it was written, and says it may be charged', async () => {
    await using h = await createHarness({ deploymentKey: true, retry: FAST });
    h.fake.inject({ operationId: 'avm', reset: true, times: 3 });
    const reply = await h.runner.run(alice, text('value 1071AA 28B'));
    expect(h.fake.countFor('avm')).toBe(1);
    expect(reply).toMatchObject({ kind: 'error', title: 'Altum is unreachable' });
    expect(reply.summary).toContain('after the request was sent');
    expect(reply.warnings.join(' ')).toContain('may or may not have charged a credit');
    const rows = await h.store.usage.listUsage(team);
    expect(rows.map((row) => row.outcome)).toEqual(['network_maybe_charged']);

    const nl = await h.runner.run(bram, text('waarde 1071AA 28B'));
    expect(nl.warnings.join(' ')).toContain('Misschien heeft Altum hiervoor een credit gerekend');
  });

  it('retries a paid request that provably never left, and says nothing was charged', async () => {
    // A port nobody listens on: connection refused, before a byte of the request is written.
    const closed = await createHarness();
    const url = closed.fake.url;
    await closed[Symbol.asyncDispose]();
    await using h = await createHarness({ deploymentKey: true, retry: FAST, baseUrl: url });
    const reply = await h.runner.run(alice, text('value 1071AA 28B'));
    expect(reply.title).toBe('Altum is unreachable');
    expect(reply.summary).toContain('could not reach Altum');
    expect(reply.warnings).toContain('The request never reached Altum, so no credit was used.');
    const rows = await h.store.usage.listUsage(team);
    expect(rows.map((row) => row.outcome)).toEqual(['network_not_sent']);
  });
});

describe('levels the docs do not describe', () => {
  it('refuses installation=2 before any request, listing the levels help lists', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const reply = await h.runner.run(alice, text('delta 1071AA 28B installation=2'));
    expect(reply.kind).toBe('usage');
    expect(reply.summary).toContain('`2` is not a level Altum describes for installation');
    expect(reply.summary).toContain(
      '4 hr_combi, 5 hr_combi_solar_boiler, 6 heat_pump, 7 district_heating, 8 hybrid_heat_pump',
    );
    expect(h.fake.requests).toHaveLength(0);
    const help = await h.runner.run(alice, text('help delta'));
    const row = help.tables.flatMap((table) => table.rows).find((r) => r[0]?.startsWith('`installation`'));
    expect(row?.[1]?.replace(/`/g, '')).toBe(
      '4 hr_combi, 5 hr_combi_solar_boiler, 6 heat_pump, 7 district_heating, 8 hybrid_heat_pump',
    );
    const nl = await h.runner.run(bram, text('watals 1071AA 28B installatie=1'));
    expect(nl.summary).toContain('is geen niveau dat Altum voor installatie beschrijft');
    expect(h.fake.requests).toHaveLength(0);
  });
});
