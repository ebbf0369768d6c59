import { join } from 'node:path';
import {
  createKeyRing,
  type KeyRing,
  type Logger,
  loadMasterKey,
  parseMasterKey,
  silentLogger,
} from '@altum-chat/core';
import { prepareDataDir } from './data-dir.ts';
import { runMigrations } from './migrations/run-migrations.ts';
import type { SqlDriver } from './sql/driver.ts';
import type { OpenStoreOptions } from './types.ts';

/** File name of the embedded database inside the data folder. */
export const SQLITE_FILE = 'altum-chat.sqlite';

export interface Database {
  readonly driver: SqlDriver;
  readonly ring: KeyRing;
  readonly logger: Logger;
}

/** Loads the key ring (failing fast on a bad master key), connects, and runs pending migrations. */
export async function openDatabase(options: OpenStoreOptions): Promise<Database> {
  const logger = options.logger ?? silentLogger;
  const shared = options.databaseUrl !== undefined && options.databaseUrl.trim() !== '';
  if (!shared) prepareDataDir(options.dataDir, logger);
  // Key problems stop startup before we touch the database.
  const primary = loadMasterKey({
    value: options.masterKey,
    dataDir: shared ? undefined : options.dataDir,
    logger,
  });
  const previous = (options.previousMasterKeys ?? [])
    .filter((value) => value.trim() !== '')
    .map((value, index) => parseMasterKey(value, `ALTUM_CHAT_PREVIOUS_MASTER_KEYS (entry ${index + 1})`));
  const ring = createKeyRing({ primary, previous });

  let driver: SqlDriver;
  // Each driver (and its native or network client) loads only when chosen: a SQLite deployment never loads pg.
  if (shared) {
    const { createPostgresDriver } = await import('./sql/postgres-driver.ts');
    driver = await createPostgresDriver({
      connectionString: options.databaseUrl as string,
      schema: options.postgresSchema,
      logger,
    });
  } else {
    const { createSqliteDriver } = await import('./sql/sqlite-driver.ts');
    driver = createSqliteDriver(join(options.dataDir, SQLITE_FILE));
  }
  try {
    await runMigrations(driver, logger);
  } catch (error) {
    await driver.close();
    throw error;
  }
  logger.info({ dialect: driver.dialect, masterKeyIds: ring.keyIds }, 'Store opened');
  return { driver, ring, logger };
}
