import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { SQLITE_FILE } from '../src/open-database.ts';
import { openStore } from '../src/open-store.ts';
import type { OpenStoreOptions, Store, StoreDialect } from '../src/types.ts';
import { loadTestConfig } from './config.ts';

const { DATABASE_URL, REQUIRE_POSTGRES } = loadTestConfig();

type Row = Record<string, unknown>;

/** One backend under test: fresh databases on demand, raw SQL for inspecting what was stored. */
export interface BackendContext {
  readonly dialect: StoreDialect;
  /** Options for a new, empty database (temp folder or unique Postgres schema) and a random master key. */
  freshOptions(): OpenStoreOptions;
  /** Opens a store; it is closed after the suite. */
  open(options: OpenStoreOptions): Promise<Store>;
  /** Runs raw SQL (`?` placeholders) outside the store, as an attacker or operator with DB access would. */
  sql(options: OpenStoreOptions, sql: string, params?: unknown[]): Promise<Row[]>;
}

export const newMasterKey = (): string => randomBytes(32).toString('base64');

function createContext(dialect: StoreDialect): BackendContext & { cleanup(): Promise<void> } {
  const stores: Store[] = [];
  const dirs: string[] = [];
  const schemas: string[] = [];
  const runId = randomBytes(4).toString('hex');

  const rawPg = async (schema: string | undefined, sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      if (schema !== undefined) await client.query(`SET search_path = ${schema}`);
      let index = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++index}`),
          params,
        )
      ).rows as Row[];
    } finally {
      await client.end();
    }
  };

  return {
    dialect,
    freshOptions() {
      const dataDir = mkdtempSync(join(tmpdir(), 'altum-store-'));
      dirs.push(dataDir);
      if (dialect === 'sqlite') return { dataDir, masterKey: newMasterKey() };
      const schema = `altum_test_${runId}_${schemas.length}`;
      schemas.push(schema);
      return { dataDir, masterKey: newMasterKey(), databaseUrl: DATABASE_URL, postgresSchema: schema };
    },
    async open(options) {
      const store = await openStore(options);
      stores.push(store);
      return store;
    },
    async sql(options, sql, params = []) {
      if (dialect === 'postgres') return rawPg(options.postgresSchema, sql, params);
      const db = new Database(join(options.dataDir, SQLITE_FILE));
      try {
        const statement = db.prepare(sql);
        if (statement.reader) return statement.all(...params) as Row[];
        statement.run(...params);
        return [];
      } finally {
        db.close();
      }
    },
    async cleanup() {
      await Promise.allSettled(stores.map((store) => store.close()));
      for (const schema of schemas) await rawPg(undefined, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs the same suite against SQLite and PostgreSQL (the conformance suite). Without DATABASE_URL the
 * Postgres half is skipped with a printed reason, unless ALTUM_CHAT_REQUIRE_POSTGRES=1 (CI), where it fails.
 */
export function describeEachBackend(title: string, body: (backend: BackendContext) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    if (dialect === 'postgres' && DATABASE_URL === undefined) {
      if (REQUIRE_POSTGRES) {
        describe(`${title} [postgres]`, () => {
          it('needs DATABASE_URL', () => {
            throw new Error('ALTUM_CHAT_REQUIRE_POSTGRES=1 but DATABASE_URL is not set.');
          });
        });
      } else {
        console.log(`[store] skipping "${title}" on postgres: DATABASE_URL is not set.`);
        describe.skip(`${title} [postgres] (DATABASE_URL not set)`, () => body(createContext(dialect)));
      }
      continue;
    }
    describe(`${title} [${dialect}]`, () => {
      const context = createContext(dialect);
      afterAll(() => context.cleanup());
      body(context);
    });
  }
}
