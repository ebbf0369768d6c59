import { chmodSync, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver.ts';

/** How long a statement waits for another connection's write lock before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

const isBusy = (error: unknown): boolean =>
  error instanceof Database.SqliteError &&
  (error.code === 'SQLITE_BUSY' || error.code.startsWith('SQLITE_BUSY_'));

/** Retries a job that failed before doing anything because the database was locked. */
async function withRetry<T>(job: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await job();
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt, 50) * (0.5 + Math.random())));
    }
  }
}

/**
 * better-sqlite3 is synchronous, but repositories are async so that they work unchanged on Postgres.
 * An `await` inside a transaction would let another caller's statement slip into it, so every
 * operation goes through one queue and a transaction holds the queue until it commits.
 */
export function createSqliteDriver(path: string): SqlDriver {
  const isNew = !existsSync(path);
  const db = new Database(path);
  // Rows are encrypted, but usage and ids are nobody else's business either; SQLite gives the -wal and
  // -shm files the same mode as the database file.
  if (isNew) chmodSync(path, 0o600);
  db.pragma('journal_mode = WAL');
  // NORMAL under WAL: a commit is in the WAL file before the call returns, so an acknowledged write
  // survives a crash of this process (SIGKILL, tested in sqlite-crash.test.ts); only an OS crash or power
  // cut may roll back the last few commits. FULL fsyncs on every commit, and with three small writes
  // per command (reserve, settle, usage) that fsync blocked the event loop long enough to slow
  // Slack acks 2.4x under load (bench/README.md). Deployments that need power-loss durability of
  // every usage row use Postgres.
  db.pragma('synchronous = NORMAL');
  // No synchronous busy wait: it would block the event loop, and with it the very transaction (in this
  // process, on another connection) that holds the lock. `withRetry` waits asynchronously instead.
  db.pragma('busy_timeout = 0');

  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const direct: SqlExecutor = {
    dialect: 'sqlite',
    all: async <T extends object>(sql: string, params: readonly SqlValue[] = []) =>
      prepare(sql).all(...params) as T[],
    get: async <T extends object>(sql: string, params: readonly SqlValue[] = []) =>
      prepare(sql).get(...params) as T | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) => prepare(sql).run(...params).changes,
  };

  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const result = queue.then(
      () => withRetry(job),
      () => withRetry(job),
    );
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    dialect: 'sqlite',
    all: (sql, params) => enqueue(() => direct.all(sql, params)),
    get: (sql, params) => enqueue(() => direct.get(sql, params)),
    run: (sql, params) => enqueue(() => direct.run(sql, params)),
    transaction: (fn) =>
      enqueue(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () =>
      enqueue(async () => {
        db.close();
      }),
  };
}
