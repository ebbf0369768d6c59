import { isVaultError, type KeyRing, type SecretContext } from '@altum-chat/core';
import { apiKeyContext } from '../keys/key-store.ts';
import { openDatabase } from '../open-database.ts';
import { installationContext } from '../slack/installation-store.ts';
import type { SqlDriver } from '../sql/driver.ts';
import type { OpenStoreOptions } from '../types.ts';

export interface RotationReport {
  /** Rows re-wrapped under the new primary master key. */
  readonly rewrapped: number;
  /** Rows already on the primary key. */
  readonly current: number;
  /** Rows changed or deleted by a running instance while we worked (they need nothing more). */
  readonly raced: number;
  /** Rows that could not be opened with any loaded key: which ones, never what they hold. */
  readonly failed: readonly string[];
}

interface Table {
  readonly name: string;
  readonly keyColumns: readonly string[];
  readonly context: (row: Record<string, string>) => SecretContext;
  readonly describe: (row: Record<string, string>) => string;
}

const TABLES: readonly Table[] = [
  {
    name: 'api_keys',
    keyColumns: ['scope', 'platform', 'team_id', 'user_id'],
    context: (row) =>
      apiKeyContext(row.scope === 'team' ? 'team' : 'user', row.platform!, row.team_id!, row.user_id!),
    describe: (row) => `api key ${row.scope} ${row.platform}/${row.team_id}/${row.user_id}`,
  },
  {
    name: 'slack_installations',
    keyColumns: ['install_key'],
    context: (row) => installationContext(row.install_key!),
    describe: (row) => `slack installation ${row.install_key}`,
  },
];

/**
 * Re-wraps every sealed row under the key ring's primary master key. Only the wrapped data key changes.
 * Each row is updated with a compare-and-set on its old value, so instances keep serving (they hold the
 * old and new master keys) and a key re-linked meanwhile is never overwritten.
 */
export async function rewrapAll(driver: SqlDriver, ring: KeyRing): Promise<RotationReport> {
  let rewrapped = 0;
  let current = 0;
  let raced = 0;
  const failed: string[] = [];
  for (const table of TABLES) {
    const columns = [...table.keyColumns, 'sealed', 'master_key_id'].join(', ');
    const rows = await driver.all<Record<string, string>>(`SELECT ${columns} FROM ${table.name}`);
    for (const row of rows) {
      if (row.master_key_id === ring.primaryKeyId && !ring.needsRewrap(row.sealed!)) {
        current += 1;
        continue;
      }
      let sealed: string;
      try {
        sealed = ring.rewrap(row.sealed!, table.context(row));
      } catch (error) {
        if (!isVaultError(error)) throw error;
        failed.push(`${table.describe(row)}: ${error.kind}`);
        continue;
      }
      const where = table.keyColumns.map((column) => `${column} = ?`).join(' AND ');
      const changed = await driver.run(
        `UPDATE ${table.name} SET sealed = ?, master_key_id = ? WHERE ${where} AND sealed = ?`,
        [sealed, ring.primaryKeyId, ...table.keyColumns.map((column) => row[column]!), row.sealed!],
      );
      if (changed === 1) rewrapped += 1;
      else raced += 1;
    }
  }
  return { rewrapped, current, raced, failed };
}

/**
 * The `rotate-master-key` procedure: open the database with the new key as primary and the old one(s)
 * in `previousMasterKeys`, re-wrap every row, close.
 */
export async function rotateMasterKey(options: OpenStoreOptions): Promise<RotationReport> {
  const { driver, ring, logger } = await openDatabase(options);
  try {
    const report = await rewrapAll(driver, ring);
    logger.info(
      { ...report, failed: report.failed.length, primaryKeyId: ring.primaryKeyId },
      'Master key rotation',
    );
    return report;
  } finally {
    await driver.close();
  }
}
