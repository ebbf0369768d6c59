import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { SQLITE_FILE } from '../open-database.ts';
import { openStore } from '../open-store.ts';

const WRITER = join(import.meta.dirname, '../../test/fixtures/usage-writer.ts');
const KILL_AFTER_ACKS = 300;

const dataDir = mkdtempSync(join(tmpdir(), 'altum-crash-'));
const children: ChildProcess[] = [];
afterAll(() => {
  // A run that failed or timed out before the kill must not leave the writer running.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs the writer, collects acknowledged ids, and SIGKILLs it mid-burst. */
function runAndKill(): Promise<{ acked: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    // The data folder goes as an argument, so the writer reads no environment of its own.
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], {
      cwd: join(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const acked: string[] = [];
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line !== 'ready') acked.push(line);
      if (acked.length >= KILL_AFTER_ACKS && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      // A partial last line was never fully acknowledged; ignore it.
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own: ${stderr}`));
      else resolve({ acked, signal });
    });
  });
}

// Postgres needs no such test: a COMMIT is acknowledged only after the server flushed its WAL
// (synchronous_commit=on, the default), so durability of acknowledged writes is the server's guarantee.
it('keeps every acknowledged write after SIGKILL mid-burst, and reopens', { timeout: 60_000 }, async () => {
  const { acked, signal } = await runAndKill();
  expect(signal).toBe('SIGKILL');
  expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

  const store = await openStore({ dataDir });
  const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
  const stored = new Set(
    (db.prepare('SELECT id FROM usage_log').all() as { id: string }[]).map((row) => row.id),
  );
  db.close();
  const missing = acked.filter((id) => !stored.has(id));
  expect(missing).toEqual([]);
  expect(stored.size).toBeGreaterThanOrEqual(acked.length);
  // The reopened store is usable.
  await store.usage.recordUsage({
    platform: 'slack',
    teamId: 'T1',
    userId: 'UAFTER',
    command: 'value',
    operation: 'avm',
    credits: 0,
    cacheHit: true,
    outcome: 'ok',
    durationMs: 1,
  });
  await store.close();
});
