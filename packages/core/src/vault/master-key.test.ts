import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../logger.ts';
import { loadMasterKey, MASTER_KEY_FILE } from './load-master-key.ts';
import { parseMasterKey } from './master-key.ts';
import { VaultError } from './vault-error.ts';

function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (obj: object, msg?: string) => lines.push(JSON.stringify({ ...obj, msg }));
  return { lines, debug: log, info: log, warn: log, error: log };
}

function errorOf(fn: () => unknown): VaultError {
  try {
    fn();
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('expected a VaultError');
}

describe('parseMasterKey', () => {
  it('accepts 32 bytes of base64 or base64url', () => {
    const bytes = randomBytes(32);
    expect(parseMasterKey(bytes.toString('base64')).id).toBe(parseMasterKey(bytes.toString('base64url')).id);
    expect(parseMasterKey(` ${bytes.toString('base64')}\n`).id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('explains a malformed key precisely without printing it', () => {
    const short = randomBytes(31).toString('base64');
    const wrongLength = errorOf(() => parseMasterKey(short));
    expect(wrongLength.kind).toBe('malformed_master_key');
    expect(wrongLength.message).toContain('decodes to 31 bytes; it must be exactly 32 bytes');
    expect(wrongLength.message).toContain('ALTUM_CHAT_MASTER_KEY');
    expect(wrongLength.message).not.toContain(short);

    const notBase64 = 'this is my secret master key!!';
    const bad = errorOf(() => parseMasterKey(notBase64));
    expect(bad.message).toContain('is not base64');
    expect(bad.message).not.toContain(notBase64);
    expect(errorOf(() => parseMasterKey('  ')).message).toContain('is empty');
  });

  it('never prints its bytes through inspect, JSON or string conversion', () => {
    const encoded = randomBytes(32).toString('base64');
    const key = parseMasterKey(encoded);
    const hex = Buffer.from(encoded, 'base64').toString('hex');
    for (const shown of [inspect(key), JSON.stringify({ key }), String(key), `${key}`]) {
      expect(shown).toContain(key.id);
      expect(shown).not.toContain(encoded);
      expect(shown).not.toContain(hex);
    }
  });
});

describe('loadMasterKey', () => {
  it('generates a key once into the data folder with mode 0600 and says so', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'altum-vault-')), 'nested');
    const logger = memoryLogger();
    const first = loadMasterKey({ dataDir, logger });
    const path = join(dataDir, MASTER_KEY_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toContain('Generated a new master key');
    expect(logger.lines[0]).toContain(path);
    expect(logger.lines[0]).not.toContain(readFileSync(path, 'utf8').trim());

    const again = loadMasterKey({ dataDir, logger });
    expect(again.id).toBe(first.id);
    expect(logger.lines).toHaveLength(1);
  });

  it('prefers the configured value and requires one without a data folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'altum-vault-'));
    const configured = randomBytes(32).toString('base64');
    expect(loadMasterKey({ value: configured, dataDir }).id).toBe(parseMasterKey(configured).id);
    expect(errorOf(() => loadMasterKey({})).kind).toBe('missing_master_key');
  });

  it('stops on a malformed key file, naming the file but not its content', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'altum-vault-'));
    loadMasterKey({ dataDir });
    const path = join(dataDir, MASTER_KEY_FILE);
    const content = readFileSync(path, 'utf8').trim();
    writeFileSync(path, content.slice(0, 20));
    const error = errorOf(() => loadMasterKey({ dataDir }));
    expect(error.message).toContain(path);
    expect(error.message).not.toContain(content.slice(0, 20));
  });
});
