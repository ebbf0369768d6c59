import Database from 'better-sqlite3';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver.ts';

/**
 * better-sqlite3 is synchronous, but repositories are async so that they work unchanged on Postgres.
 * An `await` inside a transaction would let another caller's statement slip into it, so every
 * operation goes through one queue and a transaction holds the queue until it commits.
 */
export function createSqliteDriver(path: string): SqlDriver {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: WAL is fsynced at every commit, so an acknowledged write survives a power cut, not only a
  // process crash (NORMAL may lose the last commits on power loss). Our writes are small and rare.
  db.pragma('synchronous = FULL');
  // Another process (e.g. the rotate-master-key script) may hold the write lock briefly.
  db.pragma('busy_timeout = 5000');

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
    const result = queue.then(job, job);
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
