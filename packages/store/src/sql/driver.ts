import type { StoreDialect } from '../types.ts';

export type SqlValue = string | number | null;

/** Runs parameterised SQL. Placeholders are written `?` for both dialects; the Postgres driver renumbers them. */
export interface SqlExecutor {
  readonly dialect: StoreDialect;
  all<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends object>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface TransactionOptions {
  /**
   * Serialises transactions that name the same lock (Postgres advisory lock). SQLite transactions are
   * already serialised by `BEGIN IMMEDIATE`, so the name only matters for Postgres.
   */
  readonly lock?: string;
}

/** A connection (SQLite) or pool (Postgres) behind the store's repositories. */
export interface SqlDriver extends SqlExecutor {
  /** Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

/** Numbers come back as strings from Postgres (BIGINT, COUNT, SUM); this normalises them. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}
