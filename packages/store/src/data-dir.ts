import { chmodSync, mkdirSync, statSync } from 'node:fs';
import type { Logger } from '@altum-chat/core';

/**
 * Creates the data folder owner-only (0700): it holds the SQLite file and may hold the generated
 * master key. A folder that already exists is left as the operator made it, but one that others
 * can read or enter is reported at start, since its files are only as private as the folder.
 */
export function prepareDataDir(dataDir: string, logger: Logger): void {
  const created = mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask; set it exactly on the folder we made.
  if (created !== undefined) chmodSync(dataDir, 0o700);
  const mode = statSync(dataDir).mode & 0o777;
  if ((mode & 0o007) !== 0) {
    logger.warn(
      { dataDir, mode: `0${mode.toString(8)}` },
      `DATA_DIR ${dataDir} is open to every user on this machine (mode 0${mode.toString(8)}); run \`chmod 700 ${dataDir}\`.`,
    );
  }
}
