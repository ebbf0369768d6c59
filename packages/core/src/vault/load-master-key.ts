import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Logger, silentLogger } from '../logger.ts';
import { MASTER_KEY_BYTES, type MasterKey, parseMasterKey } from './master-key.ts';
import { VaultError } from './vault-error.ts';

/** File name of the generated master key inside the data folder. */
export const MASTER_KEY_FILE = 'master.key';

export interface LoadMasterKeyOptions {
  /** `ALTUM_CHAT_MASTER_KEY`, if set. Always wins. */
  readonly value?: string | undefined;
  /** Where the embedded default keeps (or creates) `master.key`. Omit to forbid generating one. */
  readonly dataDir?: string | undefined;
  readonly logger?: Logger | undefined;
}

/**
 * Loads the master key: the configured value, else `<dataDir>/master.key`, else a fresh one generated
 * there with mode 0600 and announced in the log. Shared deployments (Postgres, several instances) must
 * configure the key, since a generated one would differ per instance; they pass no `dataDir`.
 */
export function loadMasterKey(options: LoadMasterKeyOptions): MasterKey {
  const logger = options.logger ?? silentLogger;
  if (options.value !== undefined && options.value.trim() !== '') return parseMasterKey(options.value);
  if (options.dataDir === undefined) {
    throw new VaultError(
      'missing_master_key',
      'ALTUM_CHAT_MASTER_KEY is not set. A shared database (DATABASE_URL) needs the same master key on every instance; generate one with `openssl rand -base64 32`.',
    );
  }
  const path = join(options.dataDir, MASTER_KEY_FILE);
  const existing = readKeyFile(path);
  if (existing !== undefined) {
    warnIfOpen(path, logger);
    return parseMasterKey(existing, path);
  }
  mkdirSync(options.dataDir, { recursive: true });
  const generated = randomBytes(MASTER_KEY_BYTES).toString('base64');
  try {
    // `wx`: if another process created the file a moment ago, keep theirs rather than overwrite it.
    writeFileSync(path, `${generated}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return parseMasterKey(readFileSync(path, 'utf8'), path);
  }
  const key = parseMasterKey(generated, path);
  logger.warn(
    { path, masterKeyId: key.id },
    `Generated a new master key at ${path} (mode 0600) because ALTUM_CHAT_MASTER_KEY is not set. Back this file up: without it the stored API keys cannot be decrypted.`,
  );
  return key;
}

function readKeyFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function warnIfOpen(path: string, logger: Logger): void {
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    logger.warn(
      { path, mode: mode.toString(8) },
      `Master key file ${path} is readable by others; run chmod 600.`,
    );
  }
}
