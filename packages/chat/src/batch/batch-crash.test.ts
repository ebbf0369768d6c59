import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAltumClient } from '@altum-chat/core';
import { openStore, type Store } from '@altum-chat/store';
import { loadPostgresTestConfig, makePortfolio, startFakeAltum } from '@altum-chat/testkit';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { ParsedArgs } from '../commands/define-command.ts';
import { createChatRunner } from '../runner/create-chat-runner.ts';
import type { Requester } from '../runner/types.ts';
import { createBatchService } from './batch-service.ts';

const { DATABASE_URL, REQUIRE_POSTGRES } = loadPostgresTestConfig();
const WORKER = join(import.meta.dirname, '../../test/batch-worker-process.ts');
const alice: Requester = { platform: 'slack', teamId: 'T1', userId: 'U1', locale: 'en' };
const DISTINCT = 120;

function startWorker(args: object): { child: ChildProcess; lines: string[]; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(args)], {
    cwd: join(import.meta.dirname, '../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return { child, lines, stderr: () => err };
}

/**
 * Resolves when the child has exited, also when it already has: a worker with nothing left to do
 * exits by itself (nothing keeps its event loop alive), and an `exit` listener added after that
 * would wait forever. That race, lost whenever this process polled slower than the worker exited,
 * was why the SQLite variant hung until the test timeout (Postgres keeps pg-boss's timers alive).
 */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function until(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A store and a prepared, confirmed job, made by the test process (which works no rows itself). */
async function prepareJob(store: Store, altumUrl: string, apiKey: string): Promise<string> {
  const client = createAltumClient({ baseUrl: altumUrl, retry: { attempts: 1 }, cache: store.responseCache });
  const runner = createChatRunner({ client, store, deploymentKey: apiKey, defaultLocale: 'en' });
  const service = createBatchService({ store, client, runner, deploymentKey: apiKey });
  const portfolio = makePortfolio({ distinct: DISTINCT, duplicates: 30, bad: 2 });
  const estimate = await service.prepare(alice, {
    args: runner.plan(alice, { kind: 'text', text: 'batch value' }).args as ParsedArgs,
    fileName: 'book.csv',
    bytes: Buffer.from(portfolio.csv),
  });
  const jobId = estimate.footer?.reference ?? '';
  // Confirm's effect without this process's queue: the workers resume running jobs at start.
  expect(await store.batches.transition(jobId, ['estimated'], 'running')).toBe(true);
  await client.close();
  return jobId;
}

/** Addresses the fake was asked for more than once: must stay empty. */
function askedTwice(requests: readonly { path: string; body: unknown }[]): string[] {
  const seen = new Map<string, number>();
  for (const r of requests)
    if (r.path === '/avm') seen.set(JSON.stringify(r.body), (seen.get(JSON.stringify(r.body)) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([body]) => body);
}

type Backend = {
  name: 'sqlite' | 'postgres';
  options: () => { dataDir: string; databaseUrl?: string; schema?: string };
};

const backends: Backend[] = [{ name: 'sqlite', options: () => ({ dataDir: '' }) }];
if (DATABASE_URL) {
  backends.push({
    name: 'postgres',
    options: () => ({
      dataDir: '',
      databaseUrl: DATABASE_URL,
      schema: `altum_batch_${randomBytes(4).toString('hex')}`,
    }),
  });
} else if (REQUIRE_POSTGRES) {
  it('needs DATABASE_URL for the Postgres crash test', () => {
    throw new Error('ALTUM_CHAT_REQUIRE_POSTGRES=1 but DATABASE_URL is not set.');
  });
}

async function dropSchemas(schema: string | undefined): Promise<void> {
  if (!schema || !DATABASE_URL) return;
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`);
  } finally {
    await client.end();
  }
}

describe.each(backends)('batch job killed halfway [$name]', (backend) => {
  it('finishes after a restart and never asks Altum twice for one address', {
    timeout: 120_000,
  }, async () => {
    await using fake = await startFakeAltum({ latencyMs: 40 });
    const dataDir = await mkdtemp(join(tmpdir(), 'altum-batch-crash-'));
    const base = { ...backend.options(), dataDir };
    const masterKey = randomBytes(32).toString('base64');
    const store = await openStore({
      dataDir,
      masterKey,
      ...(base.databaseUrl ? { databaseUrl: base.databaseUrl, postgresSchema: base.schema } : {}),
    });
    try {
      const jobId = await prepareJob(store, fake.url, fake.apiKey);
      const args = {
        ...base,
        masterKey,
        altumUrl: fake.url,
        apiKey: fake.apiKey,
        leaseMs: 1_500,
        concurrency: 4,
      };

      const first = startWorker(args);
      await until(
        async () => (await store.batches.counts(jobId)).done >= DISTINCT * 0.4,
        60_000,
        `first worker to get halfway (${first.stderr()} | ${first.lines.join(',')})`,
      );
      first.child.kill('SIGKILL');
      await exited(first.child);
      const atKill = await store.batches.counts(jobId);
      expect(atKill.open).toBeGreaterThan(0);
      expect(first.lines).not.toContain(`finished ${jobId}`);

      const second = startWorker(args);
      try {
        await until(
          () => second.lines.includes(`finished ${jobId}`),
          60_000,
          `the restarted worker to finish (${second.stderr()})`,
        );
      } finally {
        second.child.kill('SIGTERM');
        await exited(second.child);
      }
      const counts = await store.batches.counts(jobId);
      expect(counts).toMatchObject({ total: DISTINCT, open: 0 });
      expect((await store.batches.getJob(jobId))?.state).toBe('done');
      expect(askedTwice(fake.requests)).toEqual([]);
      // Only rows in flight at the kill can end as "interrupted" (at most the concurrency).
      expect(counts.failed).toBeLessThanOrEqual(4);
      expect(fake.countFor('avm')).toBeLessThanOrEqual(DISTINCT);
    } finally {
      await store.close();
      await dropSchemas(base.schema);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
