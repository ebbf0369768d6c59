import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/backends.ts';
import type { Reservation } from '../types.ts';

const team = { platform: 'slack', teamId: 'T1' };
const alice = { ...team, userId: 'UALICE' };
const bob = { ...team, userId: 'UBOB' };
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

const granted = (reservation: Reservation) => {
  if (!reservation.ok) throw new Error(`refused: ${reservation.limit}`);
  return reservation.id;
};

describeEachBackend('budget store', (backend) => {
  it('has no caps until an admin sets them, and patches one at a time', async () => {
    const store = await backend.open(backend.freshOptions());
    expect(await store.budgets.getBudget(team)).toEqual({ userDailyCredits: null, teamMonthlyCredits: null });
    await store.budgets.setBudget(team, { userDailyCredits: 10 });
    expect(await store.budgets.setBudget(team, { teamMonthlyCredits: 100 })).toEqual({
      userDailyCredits: 10,
      teamMonthlyCredits: 100,
    });
    expect(await store.budgets.setBudget(team, { userDailyCredits: null })).toEqual({
      userDailyCredits: null,
      teamMonthlyCredits: 100,
    });
    await expect(store.budgets.setBudget(team, { teamMonthlyCredits: -1 })).rejects.toThrow('≥ 0');
  });

  it('stops a user at the daily cap; a new UTC day starts afresh', async () => {
    const store = await backend.open(backend.freshOptions());
    await store.budgets.setBudget(team, { userDailyCredits: 3 });
    const today = day('2026-03-10');
    for (let i = 0; i < 3; i += 1)
      await store.budgets.settle(granted(await store.budgets.reserve(alice, 1, today)), 1);
    expect(await store.budgets.reserve(alice, 1, today)).toEqual({
      ok: false,
      limit: 'user_daily',
      cap: 3,
      spent: 3,
      requested: 1,
    });
    expect((await store.budgets.reserve(bob, 1, today)).ok).toBe(true);
    expect((await store.budgets.reserve(alice, 1, day('2026-03-11'))).ok).toBe(true);
  });

  it('lets a per-user override replace the team default', async () => {
    const store = await backend.open(backend.freshOptions());
    await store.budgets.setBudget(team, { userDailyCredits: 1 });
    await store.budgets.setUserDailyCap(alice, 5);
    const today = day('2026-03-10');
    expect((await store.budgets.getBudgetStatus(alice, today)).userDailyCap).toBe(5);
    for (let i = 0; i < 5; i += 1) granted(await store.budgets.reserve(alice, 1, today));
    expect((await store.budgets.reserve(alice, 1, today)).ok).toBe(false);
    await store.budgets.setUserDailyCap(alice, null);
    expect((await store.budgets.getBudgetStatus(alice, today)).userDailyCap).toBe(1);
  });

  it('stops the team at the monthly cap across users', async () => {
    const store = await backend.open(backend.freshOptions());
    await store.budgets.setBudget(team, { teamMonthlyCredits: 4 });
    await store.budgets.settle(granted(await store.budgets.reserve(alice, 2, day('2026-03-01'))), 2);
    await store.budgets.settle(granted(await store.budgets.reserve(bob, 2, day('2026-03-20'))), 2);
    expect(await store.budgets.reserve(bob, 1, day('2026-03-31'))).toMatchObject({
      ok: false,
      limit: 'team_monthly',
      cap: 4,
      spent: 4,
    });
    expect((await store.budgets.reserve(bob, 1, day('2026-04-01'))).ok).toBe(true);
  });

  it('releases reservations settled at 0 (cache hit, failure) and counts settled credits', async () => {
    const store = await backend.open(backend.freshOptions());
    await store.budgets.setBudget(team, { userDailyCredits: 2 });
    const today = day('2026-03-10');
    const first = granted(await store.budgets.reserve(alice, 2, today));
    expect((await store.budgets.reserve(alice, 1, today)).ok).toBe(false);
    await store.budgets.settle(first, 0);
    expect((await store.budgets.getBudgetStatus(alice, today)).userSpentToday).toBe(0);
    const second = granted(await store.budgets.reserve(alice, 2, today));
    await store.budgets.settle(second, 1);
    expect(await store.budgets.getBudgetStatus(alice, today)).toMatchObject({
      userSpentToday: 1,
      teamSpentThisMonth: 1,
    });
    expect((await store.budgets.reserve(alice, 1, today)).ok).toBe(true);
  });

  it('lets an abandoned reservation expire', async () => {
    const store = await backend.open(backend.freshOptions());
    await store.budgets.setBudget(team, { userDailyCredits: 1 });
    const start = day('2026-03-10');
    granted(await store.budgets.reserve(alice, 1, start));
    expect((await store.budgets.reserve(alice, 1, new Date(start.getTime() + 60_000))).ok).toBe(false);
    expect((await store.budgets.reserve(alice, 1, new Date(start.getTime() + 16 * 60_000))).ok).toBe(true);
  });

  it('never overshoots the cap under concurrent reservations (bound: overshoot ≤ 0)', async () => {
    const options = backend.freshOptions();
    // Two stores on one database stand in for two instances racing on the same team.
    const [one, two] = [await backend.open(options), await backend.open(options)];
    await one.budgets.setBudget(team, { teamMonthlyCredits: 7, userDailyCredits: 5 });
    const users = ['U1', 'U2', 'U3', 'U4'].map((userId) => ({ ...team, userId }));
    const now = day('2026-03-10');
    const attempts = Array.from({ length: 60 }, (_, i) =>
      (i % 2 === 0 ? one : two).budgets.reserve(users[i % users.length]!, 1, now),
    );
    const results = await Promise.all(attempts);
    const ok = results.filter((result) => result.ok).length;
    expect(ok).toBe(7);
    expect((await one.budgets.getBudgetStatus(users[0]!, now)).teamSpentThisMonth).toBe(7);
    const perUser = await Promise.all(users.map((user) => one.budgets.getBudgetStatus(user, now)));
    for (const status of perUser) expect(status.userSpentToday).toBeLessThanOrEqual(5);
  });
});
