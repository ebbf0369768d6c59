import type { StoreDialect } from '../types.ts';

/** One schema change. `sql` is shared unless the dialects differ; statements are separated by `;`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string | Readonly<Record<StoreDialect, string>>;
}

/** Credits may be fractional in principle; both dialects use a double. */
const CREDITS = { sqlite: 'REAL', postgres: 'DOUBLE PRECISION' } as const;

const initial = (dialect: StoreDialect): string => `
CREATE TABLE api_keys (
  scope TEXT NOT NULL,
  platform TEXT NOT NULL,
  team_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  sealed TEXT NOT NULL,
  master_key_id TEXT NOT NULL,
  masked TEXT NOT NULL,
  linked_by TEXT NOT NULL,
  linked_at BIGINT NOT NULL,
  PRIMARY KEY (scope, platform, team_id, user_id)
);
CREATE TABLE settings (
  scope TEXT NOT NULL,
  platform TEXT NOT NULL,
  team_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  language TEXT,
  visibility TEXT,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (scope, platform, team_id, user_id)
);
CREATE TABLE usage_log (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  team_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  command TEXT NOT NULL,
  operation TEXT NOT NULL,
  credits ${CREDITS[dialect]} NOT NULL,
  cache_hit INTEGER NOT NULL,
  status INTEGER,
  outcome TEXT NOT NULL,
  duration_ms INTEGER NOT NULL,
  reference_id TEXT,
  at BIGINT NOT NULL
);
CREATE INDEX usage_log_team_at ON usage_log (platform, team_id, at);
CREATE INDEX usage_log_user_at ON usage_log (platform, team_id, user_id, at);
CREATE TABLE team_budgets (
  platform TEXT NOT NULL,
  team_id TEXT NOT NULL,
  user_daily_credits ${CREDITS[dialect]},
  team_monthly_credits ${CREDITS[dialect]},
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (platform, team_id)
);
CREATE TABLE user_budgets (
  platform TEXT NOT NULL,
  team_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  daily_credits ${CREDITS[dialect]} NOT NULL,
  PRIMARY KEY (platform, team_id, user_id)
);
CREATE TABLE budget_ledger (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  team_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  credits ${CREDITS[dialect]} NOT NULL,
  state TEXT NOT NULL,
  day TEXT NOT NULL,
  month TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX budget_ledger_team_month ON budget_ledger (platform, team_id, month);
CREATE INDEX budget_ledger_user_day ON budget_ledger (platform, team_id, user_id, day);
CREATE TABLE slack_installations (
  install_key TEXT PRIMARY KEY,
  enterprise_id TEXT,
  team_id TEXT,
  is_enterprise INTEGER NOT NULL,
  sealed TEXT NOT NULL,
  master_key_id TEXT NOT NULL,
  installed_at BIGINT NOT NULL
);
CREATE TABLE response_cache (
  cache_key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX response_cache_expires ON response_cache (expires_at)`;

/** Tables keyed by (platform, team_id): everything that belongs to one tenant. */
const TENANT_TABLES = ['api_keys', 'settings', 'usage_log', 'team_budgets', 'user_budgets', 'budget_ledger'];

/**
 * Before 2, Slack block actions and view submissions of org-wide installs (`team: null`) were filed
 * under one shared team id, `unknown`, whichever organisation sent them. Those rows cannot be given
 * to a tenant without guessing, so they move to `quarantine_<table>` copies an operator can inspect
 * (`SELECT platform, user_id, masked, linked_by, linked_at FROM quarantine_api_keys`). Sealed keys
 * there stay sealed and bound to the old id: nobody can spend them.
 */
const quarantineSharedSlackTenant = TENANT_TABLES.map(
  (
    table,
  ) => `CREATE TABLE quarantine_${table} AS SELECT * FROM ${table} WHERE platform = 'slack' AND team_id = 'unknown';
DELETE FROM ${table} WHERE platform = 'slack' AND team_id = 'unknown'`,
).join(';\n');

/**
 * Portfolio jobs (`batch <command> <file>`): the job with its parsed input lines, and one item per
 * distinct address, so a duplicate is never paid twice. An item's result is written in the same
 * statement that ends its claim; a claim whose process died is found by its expired lease.
 * No key, token or secret is ever stored here: the key is resolved again when a row runs.
 */
const batchJobs = (dialect: StoreDialect): string => `
CREATE TABLE batch_jobs (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  team_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  command TEXT NOT NULL,
  options TEXT NOT NULL,
  locale TEXT NOT NULL,
  state TEXT NOT NULL,
  file_name TEXT NOT NULL,
  input TEXT NOT NULL,
  delivery TEXT NOT NULL,
  estimate TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  finished_at BIGINT,
  delivered_at BIGINT
);
CREATE INDEX batch_jobs_state ON batch_jobs (state);
CREATE TABLE batch_items (
  job_id TEXT NOT NULL,
  item_key TEXT NOT NULL,
  seq INTEGER NOT NULL,
  args TEXT NOT NULL,
  state TEXT NOT NULL,
  claimed_by TEXT,
  lease_until BIGINT,
  result TEXT,
  credits ${CREDITS[dialect]} NOT NULL,
  cache_hit INTEGER NOT NULL,
  finished_at BIGINT,
  PRIMARY KEY (job_id, item_key)
);
CREATE INDEX batch_items_open ON batch_items (job_id, state, seq)`;

/** Every schema change, in order. Append only: never edit a migration that has shipped. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: { sqlite: initial('sqlite'), postgres: initial('postgres') } },
  { version: 2, name: 'quarantine rows of the shared Slack tenant', sql: quarantineSharedSlackTenant },
  { version: 3, name: 'batch jobs', sql: { sqlite: batchJobs('sqlite'), postgres: batchJobs('postgres') } },
  {
    version: 4,
    name: 'once keys (replay guards)',
    sql: 'CREATE TABLE once_keys (once_key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at BIGINT NOT NULL)',
  },
  {
    version: 5,
    name: 'rate windows (per-user limits)',
    sql: 'CREATE TABLE rate_windows (rate_key TEXT NOT NULL, window_start BIGINT NOT NULL, hits INTEGER NOT NULL, PRIMARY KEY (rate_key, window_start))',
  },
];
