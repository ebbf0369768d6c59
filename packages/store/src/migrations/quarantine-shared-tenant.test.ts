import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/backends.ts';

const SHARED = { platform: 'slack', teamId: 'unknown' } as const;
const REAL = { platform: 'slack', teamId: 'T0REAL' } as const;
const QUARANTINE_TABLES = [
  'api_keys',
  'settings',
  'usage_log',
  'team_budgets',
  'user_budgets',
  'budget_ledger',
].map((table) => `quarantine_${table}`);

describeEachBackend('migration 2: the shared Slack tenant is quarantined', (backend) => {
  it('moves rows filed under the old shared id out of reach, keeps every real tenant, guesses none', async () => {
    const options = backend.freshOptions();
    const before = await backend.open(options);
    // Rows as the old code wrote them: org-wide clicks under `unknown`, a real workspace beside them.
    await before.keys.setTeamKey(SHARED, 'shared-team-key-AAAA', 'UADMIN');
    await before.keys.setUserKey({ ...SHARED, userId: 'U1' }, 'shared-user-key-BBBB');
    await before.keys.setTeamKey(REAL, 'real-team-key-CCCC', 'UREAL');
    await before.settings.setUserSettings({ ...SHARED, userId: 'U1' }, { language: 'nl' });
    await before.budgets.setBudget(SHARED, { teamMonthlyCredits: 5 });
    await before.usage.recordUsage({
      ...SHARED,
      userId: 'U1',
      command: 'value',
      operation: 'avm',
      credits: 1,
      cacheHit: false,
      outcome: 'ok',
      durationMs: 5,
    });
    await before.close();
    // Roll the schema back to version 1 so the next open applies migration 2 to these rows.
    await backend.sql(options, 'DELETE FROM schema_migrations WHERE version = 2');
    for (const table of QUARANTINE_TABLES) await backend.sql(options, `DROP TABLE ${table}`);

    const after = await backend.open(options);
    expect(await after.keys.getTeamKey(SHARED)).toBeUndefined();
    expect(await after.keys.getUserKey({ ...SHARED, userId: 'U1' })).toBeUndefined();
    expect(await after.settings.getUserSettings({ ...SHARED, userId: 'U1' })).toEqual({});
    expect((await after.budgets.getBudget(SHARED)).teamMonthlyCredits).toBeNull();
    expect((await after.usage.summarizeUsage({ ...SHARED, since: new Date(0) })).total.calls).toBe(0);
    expect(await after.keys.getTeamKey(REAL)).toBe('real-team-key-CCCC');

    const keys = await backend.sql(
      options,
      'SELECT scope, user_id, masked, linked_by FROM quarantine_api_keys ORDER BY scope',
    );
    expect(keys).toEqual([
      { scope: 'team', user_id: '', masked: '…AAAA', linked_by: 'UADMIN' },
      { scope: 'user', user_id: 'U1', masked: '…BBBB', linked_by: 'U1' },
    ]);
    const usage = await backend.sql(options, 'SELECT COUNT(*) AS n FROM quarantine_usage_log');
    expect(Number(usage[0]?.n)).toBe(1);
    const budgets = await backend.sql(options, 'SELECT COUNT(*) AS n FROM quarantine_team_budgets');
    expect(Number(budgets[0]?.n)).toBe(1);
  });
});
