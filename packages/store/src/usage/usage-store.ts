import { randomUUID } from 'node:crypto';
import { type SqlDriver, type SqlValue, toNumber } from '../sql/driver.ts';
import type { UsageInput, UsageQuery, UsageRecord, UsageStore, UsageSummary, UsageTotals } from '../types.ts';

interface UsageRow {
  id: string;
  platform: string;
  team_id: string;
  user_id: string;
  command: string;
  operation: string;
  credits: unknown;
  cache_hit: unknown;
  status: unknown;
  outcome: string;
  duration_ms: unknown;
  reference_id: string | null;
  at: unknown;
}

interface TotalsRow {
  grp: string | null;
  calls: unknown;
  credits: unknown;
  cache_hits: unknown;
  failures: unknown;
}

function toRecord(row: UsageRow): UsageRecord {
  return {
    id: row.id,
    platform: row.platform,
    teamId: row.team_id,
    userId: row.user_id,
    command: row.command,
    operation: row.operation,
    credits: toNumber(row.credits),
    cacheHit: toNumber(row.cache_hit) === 1,
    status: row.status === null ? undefined : toNumber(row.status),
    outcome: row.outcome,
    durationMs: toNumber(row.duration_ms),
    referenceId: row.reference_id ?? undefined,
    at: new Date(toNumber(row.at)),
  };
}

function toTotals(row: TotalsRow | undefined): UsageTotals {
  return {
    calls: toNumber(row?.calls),
    credits: toNumber(row?.credits),
    cacheHits: toNumber(row?.cache_hits),
    failures: toNumber(row?.failures),
  };
}

const TOTALS = `COUNT(*) AS calls, COALESCE(SUM(credits), 0) AS credits,
  COALESCE(SUM(cache_hit), 0) AS cache_hits,
  COALESCE(SUM(CASE WHEN outcome = 'ok' THEN 0 ELSE 1 END), 0) AS failures`;

function filter(query: UsageQuery): { where: string; params: SqlValue[] } {
  const params: SqlValue[] = [query.platform, query.teamId, query.since.getTime()];
  let where = 'WHERE platform = ? AND team_id = ? AND at >= ?';
  if (query.userId !== undefined) {
    where += ' AND user_id = ?';
    params.push(query.userId);
  }
  return { where, params };
}

const byWeight = (a: UsageTotals, b: UsageTotals) => b.credits - a.credits || b.calls - a.calls;

/** Creates the usage log: one row per upstream call, cache hit or refusal, never holding a key. */
export function createUsageStore(db: SqlDriver): UsageStore {
  return {
    async recordUsage(input: UsageInput): Promise<UsageRecord> {
      const record: UsageRecord = { ...input, id: randomUUID(), at: input.at ?? new Date() };
      await db.run(
        `INSERT INTO usage_log (id, platform, team_id, user_id, command, operation, credits, cache_hit, status,
           outcome, duration_ms, reference_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          record.id,
          record.platform,
          record.teamId,
          record.userId,
          record.command,
          record.operation,
          record.credits,
          record.cacheHit ? 1 : 0,
          record.status ?? null,
          record.outcome,
          Math.round(record.durationMs),
          record.referenceId ?? null,
          record.at.getTime(),
        ],
      );
      return record;
    },

    async summarizeUsage(query: UsageQuery): Promise<UsageSummary> {
      const { where, params } = filter(query);
      const total = await db.get<TotalsRow>(`SELECT ${TOTALS} FROM usage_log ${where}`, params);
      const group = (column: string) =>
        db.all<TotalsRow>(
          `SELECT ${column} AS grp, ${TOTALS} FROM usage_log ${where} GROUP BY ${column}`,
          params,
        );
      const [commands, users] = await Promise.all([group('command'), group('user_id')]);
      return {
        since: query.since,
        total: toTotals(total),
        byCommand: commands.map((row) => ({ command: row.grp ?? '', ...toTotals(row) })).sort(byWeight),
        byUser: users.map((row) => ({ userId: row.grp ?? '', ...toTotals(row) })).sort(byWeight),
      };
    },

    async listUsage(query: UsageQuery & { readonly limit?: number }): Promise<readonly UsageRecord[]> {
      const { where, params } = filter(query);
      const limit = Math.max(1, Math.min(query.limit ?? 50, 1000));
      const rows = await db.all<UsageRow>(
        `SELECT * FROM usage_log ${where} ORDER BY at DESC, id LIMIT ${limit}`,
        params,
      );
      return rows.map(toRecord);
    },
  };
}
