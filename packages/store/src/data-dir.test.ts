import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../test/memory-logger.ts';
import { prepareDataDir } from './data-dir.ts';

const roots: string[] = [];
const freshRoot = (): string => {
  const root = mkdtempSync(join(tmpdir(), 'altum-datadir-'));
  roots.push(root);
  return root;
};
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the data folder', () => {
  it('is created owner-only (0700), parents included', () => {
    const dir = join(freshRoot(), 'nested', 'data');
    const logger = createMemoryLogger();
    prepareDataDir(dir, logger);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(logger.lines).toEqual([]);
  });

  it('an existing world-readable folder is kept but reported at start', () => {
    const dir = freshRoot();
    chmodSync(dir, 0o755);
    const logger = createMemoryLogger();
    prepareDataDir(dir, logger);
    expect(statSync(dir).mode & 0o777).toBe(0o755);
    expect(logger.lines.join('\n')).toContain('is open to every user on this machine (mode 0755)');
    chmodSync(dir, 0o700);
    const quiet = createMemoryLogger();
    prepareDataDir(dir, quiet);
    expect(quiet.lines).toEqual([]);
  });
});
