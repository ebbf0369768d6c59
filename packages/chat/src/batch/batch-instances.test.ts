import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAltumClient } from '@altum-chat/core';
import { openStore } from '@altum-chat/store';
import { loadPostgresTestConfig, makePortfolio, startFakeAltum } from '@altum-chat/testkit';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { ParsedArgs } from '../commands/define-command.ts';
import { createChatRunner } from '../runner/create-chat-runner.ts';
import type { ChatRunner, Requester } from '../runner/types.ts';
import { type BatchEvent, createBatchService } from './batch-service.ts';

const { DATABASE_URL, REQUIRE_POSTGRES } = loadPostgresTestConfig();
const alice: Requester = { platform: 'discord', teamId: 'G1', userId: 'U1', locale: 'en' };

describe.skipIf(!DATABASE_URL && !REQUIRE_POSTGRES)('two instances on one Postgres', () => {
  it('share one job’s rows through pg-boss without doing any row twice', { timeout: 120_000 }, async () => {
    if (!DATABASE_URL) throw new Error('ALTUM_CHAT_REQUIRE_POSTGRES=1 but DATABASE_URL is not set.');
    await using fake = await startFakeAltum({ latencyMs: 100 });
    const dataDir = await mkdtemp(join(tmpdir(), 'altum-batch-two-'));
    const schema = `altum_batch_${randomBytes(4).toString('hex')}`;
    const masterKey = randomBytes(32).toString('base64');
    const finished: BatchEvent[] = [];
    const instances = await Promise.all(
      ['a', 'b'].map(async (name) => {
        const store = await openStore({
          dataDir,
          masterKey,
          databaseUrl: DATABASE_URL,
          postgresSchema: schema,
        });
        const client = createAltumClient({
          baseUrl: fake.url,
          retry: { attempts: 1 },
          cache: store.responseCache,
        });
        const real = createChatRunner({ client, store, deploymentKey: fake.apiKey, defaultLocale: 'en' });
        const rows: string[] = [];
        // Counts the rows this instance ran; the real runner does the work.
        const runner: ChatRunner = {
          ...real,
          run: (requester, input, options) => {
            if (input.kind === 'text') rows.push(input.text);
            return real.run(requester, input, options);
          },
        };
        const service = createBatchService({
          store,
          client,
          runner,
          deploymentKey: fake.apiKey,
          concurrency: 2,
          instanceId: name,
          onEvent: (event) => {
            if (event.type === 'finished') finished.push(event);
          },
        });
        await service.start();
        return { name, store, client, service, rows, runner };
      }),
    );
    const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
    try {
      const portfolio = makePortfolio({ distinct: 100, duplicates: 20, bad: 0 });
      const estimate = await a.service.prepare(alice, {
        args: a.runner.plan(alice, { kind: 'text', text: 'batch value' }).args as ParsedArgs,
        fileName: 'b.csv',
        bytes: Buffer.from(portfolio.csv),
      });
      const confirm = estimate.actions.find((action) => action.id.startsWith('batch:confirm:'));
      // Confirm on one instance; pg-boss hands the job's two wake-ups to whichever instances poll.
      await a.service.handleAction(alice, confirm?.id ?? '');
      const deadline = Date.now() + 90_000;
      while (finished.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 500));
      expect(finished).toHaveLength(1);
      expect(a.rows.length).toBeGreaterThan(0);
      expect(b.rows.length).toBeGreaterThan(0);
      const all = [...a.rows, ...b.rows];
      expect(all).toHaveLength(100);
      expect(new Set(all).size).toBe(100);
      expect(fake.countFor('avm')).toBe(100);
    } finally {
      for (const instance of instances) {
        await instance.service.stop(2_000);
        await instance.client.close();
        await instance.store.close();
      }
      const db = new pg.Client({ connectionString: DATABASE_URL });
      await db.connect();
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.query(`DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`);
      await db.end();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
