import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/runner-harness.ts';
import type { Requester } from './types.ts';

const alice: Requester = { platform: 'discord', teamId: 'G1', userId: 'U1', locale: 'en-GB' };

describe('runner.suggestAddresses', () => {
  it('pays for suggestions like a command: the resolved key, a usage row, the budget', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const found = await h.runner.suggestAddresses(alice, '1071AA');
    expect(found.length).toBeGreaterThan(0);
    expect(h.fake.countFor('autosuggest')).toBe(1);
    const rows = await h.store.usage.listUsage({ platform: 'discord', teamId: 'G1', since: new Date(0) });
    expect(rows[0]).toMatchObject({
      command: 'autocomplete',
      operation: 'autosuggest',
      outcome: 'ok',
      credits: 1,
    });
  });

  it('answers an empty list, without calling Altum, once the budget is spent', async () => {
    await using h = await createHarness({ deploymentKey: true });
    await h.store.budgets.setBudget(alice, { userDailyCredits: 1 });
    expect((await h.runner.suggestAddresses(alice, '1071AA')).length).toBeGreaterThan(0);
    expect(await h.runner.suggestAddresses(alice, '1072BB')).toEqual([]);
    expect(h.fake.countFor('autosuggest')).toBe(1);
  });

  it('answers an empty list when there is no key or Altum fails', async () => {
    await using noKey = await createHarness();
    expect(await noKey.runner.suggestAddresses(alice, '1071AA')).toEqual([]);
    expect(noKey.fake.requests).toHaveLength(0);

    await using h = await createHarness({ deploymentKey: true });
    h.fake.inject({ operationId: 'autosuggest', status: 500, times: 5 });
    expect(await h.runner.suggestAddresses(alice, '1071AA')).toEqual([]);
  });
});
