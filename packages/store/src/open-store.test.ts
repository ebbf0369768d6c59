import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MASTER_KEY_FILE } from '@altum-chat/core';
import { expect, it } from 'vitest';
import { createMemoryLogger } from '../test/memory-logger.ts';
import { SQLITE_FILE } from './open-database.ts';
import { openStore } from './open-store.ts';

it('generates the embedded master key once, mode 0600, and logs where', async () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'altum-open-')), 'data');
  const logger = createMemoryLogger();
  const store = await openStore({ dataDir, logger });
  expect(store.dialect).toBe('sqlite');
  expect(statSync(join(dataDir, MASTER_KEY_FILE)).mode & 0o777).toBe(0o600);
  expect(statSync(join(dataDir, SQLITE_FILE)).mode & 0o777).toBe(0o600);
  expect(logger.lines.filter((line) => line.includes('Generated a new master key'))).toHaveLength(1);
  await store.keys.setUserKey(
    { platform: 'playground', teamId: 'local', userId: 'me' },
    'playground-key-00000-WXYZ',
  );
  await store.close();

  const again = await openStore({ dataDir, logger });
  expect(logger.lines.filter((line) => line.includes('Generated a new master key'))).toHaveLength(1);
  expect(await again.keys.getUserKey({ platform: 'playground', teamId: 'local', userId: 'me' })).toBe(
    'playground-key-00000-WXYZ',
  );
  await again.close();
});

it('stops on a malformed master key before touching the database', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'altum-open-'));
  await expect(openStore({ dataDir, masterKey: 'not-a-key' })).rejects.toMatchObject({
    kind: 'malformed_master_key',
    message: expect.stringContaining('ALTUM_CHAT_MASTER_KEY decodes to'),
  });
  expect(() => statSync(join(dataDir, 'altum-chat.sqlite'))).toThrow();
});

it('requires a configured master key with a shared database', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'altum-open-'));
  await expect(
    openStore({ dataDir, databaseUrl: 'postgres://postgres@127.0.0.1:1/never-connected' }),
  ).rejects.toMatchObject({ kind: 'missing_master_key' });
});
