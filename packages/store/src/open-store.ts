import { createBatchStore } from './batch/batch-store.ts';
import { createInProcessQueue, createPgBossQueue, type JobQueueOptions } from './batch/job-queue.ts';
import { createBudgetStore } from './budgets/budget-store.ts';
import { createStoreResponseCache } from './cache/response-cache.ts';
import { createKeyStore } from './keys/key-store.ts';
import { createOnceStore } from './once/once-store.ts';
import { openDatabase } from './open-database.ts';
import { createRateStore } from './rates/rate-store.ts';
import { createSettingsStore } from './settings/settings-store.ts';
import { createSlackInstallationStore } from './slack/installation-store.ts';
import type { OpenStoreOptions, Store } from './types.ts';
import { createUsageStore } from './usage/usage-store.ts';

/**
 * Opens the store: PostgreSQL when `databaseUrl` is set (shared by several instances), otherwise an
 * SQLite file in `dataDir`. Migrations run before it resolves; a malformed master key rejects with a
 * message naming the problem (never the key).
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { driver, ring, logger } = await openDatabase(options);
  return {
    dialect: driver.dialect,
    keys: createKeyStore(driver, ring),
    settings: createSettingsStore(driver),
    usage: createUsageStore(driver),
    budgets: createBudgetStore(driver),
    slackInstallations: createSlackInstallationStore(driver, ring),
    responseCache: createStoreResponseCache(driver),
    batches: createBatchStore(driver),
    createJobQueue(queueOptions: JobQueueOptions = {}) {
      if (driver.dialect === 'sqlite') return createInProcessQueue(logger);
      const schema = options.postgresSchema ?? 'public';
      return createPgBossQueue({
        connectionString: options.databaseUrl as string,
        // pg-boss keeps its own tables beside ours: `pgboss`, or `<schema>_pgboss` for a named schema.
        schema: schema === 'public' ? 'pgboss' : `${schema}_pgboss`,
        logger,
        ...queueOptions,
      });
    },
    once: createOnceStore(driver),
    rates: createRateStore(driver),
    close: () => driver.close(),
  };
}
