import type { Logger } from '@altum-chat/core';
import { type SqlDriver, toNumber } from '../sql/driver.ts';
import { migrations as allMigrations, type Migration } from './migrations.ts';

/**
 * Applies pending migrations in one transaction. On Postgres an advisory lock makes instances that
 * start together take turns; the second finds nothing left to do. Returns the versions applied.
 */
export async function runMigrations(
  driver: SqlDriver,
  logger: Logger,
  migrations: readonly Migration[] = allMigrations,
): Promise<number[]> {
  return driver.transaction(
    async (tx) => {
      await tx.run(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
      );
      const done = new Set(
        (await tx.all<{ version: unknown }>('SELECT version FROM schema_migrations')).map((row) =>
          toNumber(row.version),
        ),
      );
      const applied: number[] = [];
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(migration.version)) continue;
        const sql = typeof migration.sql === 'string' ? migration.sql : migration.sql[tx.dialect];
        for (const statement of sql.split(';').map((s) => s.trim())) {
          if (statement !== '') await tx.run(statement);
        }
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version,
          migration.name,
          Date.now(),
        ]);
        applied.push(migration.version);
        logger.info(
          { version: migration.version, dialect: tx.dialect },
          `Applied migration ${migration.name}`,
        );
      }
      return applied;
    },
    { lock: 'altum-chat:migrations' },
  );
}
