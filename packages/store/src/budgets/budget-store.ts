import { randomUUID } from 'node:crypto';
import { type SqlDriver, type SqlExecutor, toNumber } from '../sql/driver.ts';
import type {
  BudgetPatch,
  BudgetSettings,
  BudgetStatus,
  BudgetStore,
  Reservation,
  TeamRef,
  UserRef,
} from '../types.ts';

/**
 * How long an unsettled reservation counts against the budget. A process that dies between `reserve`
 * and `settle` would otherwise hold the credits until the period ends; calls time out long before this.
 */
export const RESERVATION_TTL_MS = 15 * 60_000;

const utcDay = (now: Date) => now.toISOString().slice(0, 10);
const utcMonth = (now: Date) => now.toISOString().slice(0, 7);

function checkCredits(value: number | null | undefined, what: string): void {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${what} must be a number ≥ 0, got ${value}.`);
}

interface BudgetRow {
  user_daily_credits: unknown;
  team_monthly_credits: unknown;
}

const cap = (value: unknown): number | null =>
  value === null || value === undefined ? null : toNumber(value);

async function readSettings(db: SqlExecutor, team: TeamRef): Promise<BudgetSettings> {
  const row = await db.get<BudgetRow>(
    'SELECT user_daily_credits, team_monthly_credits FROM team_budgets WHERE platform = ? AND team_id = ?',
    [team.platform, team.teamId],
  );
  return {
    userDailyCredits: cap(row?.user_daily_credits),
    teamMonthlyCredits: cap(row?.team_monthly_credits),
  };
}

/** The team's caps and the cap that applies to this user today (their override, else the team default). */
async function readCaps(
  db: SqlExecutor,
  user: UserRef,
): Promise<{ settings: BudgetSettings; userDailyCap: number | null }> {
  const settings = await readSettings(db, user);
  const override = await db.get<{ daily_credits: unknown }>(
    'SELECT daily_credits FROM user_budgets WHERE platform = ? AND team_id = ? AND user_id = ?',
    [user.platform, user.teamId, user.userId],
  );
  return {
    settings,
    userDailyCap: override === undefined ? settings.userDailyCredits : toNumber(override.daily_credits),
  };
}

// Settled rows always count; reservations count until they expire.
const ACTIVE = `(state = 'settled' OR expires_at > ?)`;

async function userSpentToday(db: SqlExecutor, user: UserRef, now: Date): Promise<number> {
  const row = await db.get<{ spent: unknown }>(
    `SELECT COALESCE(SUM(credits), 0) AS spent FROM budget_ledger
     WHERE platform = ? AND team_id = ? AND user_id = ? AND day = ? AND ${ACTIVE}`,
    [user.platform, user.teamId, user.userId, utcDay(now), now.getTime()],
  );
  return toNumber(row?.spent);
}

async function teamSpentThisMonth(db: SqlExecutor, team: TeamRef, now: Date): Promise<number> {
  const row = await db.get<{ spent: unknown }>(
    `SELECT COALESCE(SUM(credits), 0) AS spent FROM budget_ledger
     WHERE platform = ? AND team_id = ? AND month = ? AND ${ACTIVE}`,
    [team.platform, team.teamId, utcMonth(now), now.getTime()],
  );
  return toNumber(row?.spent);
}

async function readStatus(db: SqlExecutor, user: UserRef, now: Date): Promise<BudgetStatus> {
  const caps = await readCaps(db, user);
  return {
    ...caps,
    userSpentToday: await userSpentToday(db, user, now),
    teamSpentThisMonth: await teamSpentThisMonth(db, user, now),
  };
}

/**
 * Creates the budget store. `reserve` reads both caps and the spend, and inserts the reservation, in
 * one transaction serialised per team (SQLite: `BEGIN IMMEDIATE`; Postgres: an advisory lock on the
 * team), so no two reservations for a team can both see the same remaining budget.
 * Bound: settled + reserved credits never exceed a cap (overshoot ≤ 0), provided each call settles at
 * most the credits it reserved; a call that settles more overshoots by exactly that difference.
 */
export function createBudgetStore(db: SqlDriver, reservationTtlMs = RESERVATION_TTL_MS): BudgetStore {
  return {
    getBudget: (team) => readSettings(db, team),

    async setBudget(team: TeamRef, patch: BudgetPatch): Promise<BudgetSettings> {
      checkCredits(patch.userDailyCredits, 'The daily cap per user');
      checkCredits(patch.teamMonthlyCredits, 'The monthly team cap');
      return db.transaction(
        async (tx) => {
          const current = await readSettings(tx, team);
          const next: BudgetSettings = {
            userDailyCredits:
              patch.userDailyCredits === undefined ? current.userDailyCredits : patch.userDailyCredits,
            teamMonthlyCredits:
              patch.teamMonthlyCredits === undefined ? current.teamMonthlyCredits : patch.teamMonthlyCredits,
          };
          await tx.run(
            `INSERT INTO team_budgets (platform, team_id, user_daily_credits, team_monthly_credits, updated_at)
             VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, team_id) DO UPDATE SET
               user_daily_credits = excluded.user_daily_credits, team_monthly_credits = excluded.team_monthly_credits,
               updated_at = excluded.updated_at`,
            [team.platform, team.teamId, next.userDailyCredits, next.teamMonthlyCredits, Date.now()],
          );
          return next;
        },
        { lock: `budget:${team.platform}:${team.teamId}` },
      );
    },

    async setUserDailyCap(user: UserRef, credits: number | null): Promise<void> {
      checkCredits(credits, 'The daily cap');
      const key = [user.platform, user.teamId, user.userId];
      if (credits === null) {
        await db.run('DELETE FROM user_budgets WHERE platform = ? AND team_id = ? AND user_id = ?', key);
        return;
      }
      await db.run(
        `INSERT INTO user_budgets (platform, team_id, user_id, daily_credits) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, team_id, user_id) DO UPDATE SET daily_credits = excluded.daily_credits`,
        [...key, credits],
      );
    },

    getBudgetStatus: (user, now = new Date()) => readStatus(db, user, now),

    async reserve(user: UserRef, credits: number, now = new Date(), limits = {}): Promise<Reservation> {
      checkCredits(credits, 'Reserved credits');
      return db.transaction(
        async (tx) => {
          const caps = await readCaps(tx, user);
          const extra = (limits as { userDailyCap?: number }).userDailyCap;
          const cap =
            extra === undefined
              ? caps.userDailyCap
              : Math.min(extra, caps.userDailyCap ?? Number.POSITIVE_INFINITY);
          // A spend is summed only against a cap that exists: the ledger grows with every paid call,
          // and without caps the sums were most of the store's work per command (bench/README.md).
          if (cap !== null) {
            const spent = await userSpentToday(tx, user, now);
            if (spent + credits > cap)
              return { ok: false, limit: 'user_daily', cap, spent, requested: credits };
          }
          const teamCap = caps.settings.teamMonthlyCredits;
          if (teamCap !== null) {
            const spent = await teamSpentThisMonth(tx, user, now);
            if (spent + credits > teamCap) {
              return { ok: false, limit: 'team_monthly', cap: teamCap, spent, requested: credits };
            }
          }
          const id = randomUUID();
          await tx.run(
            `INSERT INTO budget_ledger (id, platform, team_id, user_id, credits, state, day, month, created_at, expires_at)
             VALUES (?, ?, ?, ?, ?, 'reserved', ?, ?, ?, ?)`,
            [
              id,
              user.platform,
              user.teamId,
              user.userId,
              credits,
              utcDay(now),
              utcMonth(now),
              now.getTime(),
              now.getTime() + reservationTtlMs,
            ],
          );
          return { ok: true, id, credits };
        },
        { lock: `budget:${user.platform}:${user.teamId}` },
      );
    },

    async settle(reservationId: string, actualCredits: number): Promise<void> {
      checkCredits(actualCredits, 'Settled credits');
      // Nothing spent (cache hit, failure before or at Altum): release the reservation entirely.
      if (actualCredits === 0) {
        await db.run('DELETE FROM budget_ledger WHERE id = ?', [reservationId]);
        return;
      }
      await db.run(`UPDATE budget_ledger SET credits = ?, state = 'settled' WHERE id = ?`, [
        actualCredits,
        reservationId,
      ]);
    },
  };
}
