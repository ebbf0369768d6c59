import type { Logger } from '@altum-chat/core';
import pg from 'pg';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver.ts';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresDriverOptions {
  readonly connectionString: string;
  /** Created if missing and put first on every connection's search_path. */
  readonly schema?: string | undefined;
  readonly logger: Logger;
  readonly max?: number;
}

/** `?` → `$1, $2, …`; our SQL never contains a literal question mark. */
function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  const query = (sql: string, params: readonly SqlValue[] = []) => client.query(numbered(sql), [...params]);
  return {
    dialect: 'postgres',
    all: async <T extends object>(sql: string, params?: readonly SqlValue[]) =>
      (await query(sql, params)).rows as T[],
    get: async <T extends object>(sql: string, params?: readonly SqlValue[]) =>
      (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params?: readonly SqlValue[]) => (await query(sql, params)).rowCount ?? 0,
  };
}

/** A `pg` Pool; acknowledged commits are durable by the server's own WAL + fsync design. */
export async function createPostgresDriver(options: PostgresDriverOptions): Promise<SqlDriver> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid Postgres schema name "${schema}": use lower-case letters, digits and _.`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  // Log only the message: the error never carries the connection string, but we avoid dumping objects.
  pool.on('error', (error) => options.logger.error({ err: error.message }, 'Postgres pool client error'));
  if (schema !== undefined) {
    // CREATE SCHEMA IF NOT EXISTS still races between instances starting together; serialise it.
    try {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
          `altum-chat:schema:${schema}`,
        ]);
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
  }

  const base = executor(pool);
  return {
    ...base,
    transaction: async (fn, transactionOptions) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        if (transactionOptions?.lock !== undefined) {
          await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
            `${schema ?? 'public'}:${transactionOptions.lock}`,
          ]);
        }
        const result = await fn(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
