import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  createKeyRing,
  type KeyRing,
  type Logger,
  loadMasterKey,
  parseMasterKey,
  silentLogger,
} from '@altum-chat/core';
import { runMigrations } from './migrations/run-migrations.ts';
import type { SqlDriver } from './sql/driver.ts';
import { createPostgresDriver } from './sql/postgres-driver.ts';
import { createSqliteDriver } from './sql/sqlite-driver.ts';
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
  if (shared) {
    driver = await createPostgresDriver({
      connectionString: options.databaseUrl as string,
      schema: options.postgresSchema,
      logger,
    });
  } else {
    mkdirSync(options.dataDir, { recursive: true });
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
