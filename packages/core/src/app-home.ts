import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

declare global {
  interface ImportMeta {
    /** `true` in a production bundle: scripts/build defines it (esbuild `define`); unset when running source. */
    readonly ALTUM_CHAT_BUNDLED?: boolean;
  }
}

/**
 * The folder a process keeps `data/` in and looks for `.env` in: the repository root when it runs
 * from source (this file is packages/core/src/), the app's own folder when it runs a production
 * bundle (every bundled file sits in `<app>/dist/`), which is the folder `pnpm deploy` writes.
 */
export const APP_HOME = fileURLToPath(
  new URL(import.meta.ALTUM_CHAT_BUNDLED ? '..' : '../../..', import.meta.url),
);

/**
 * Loads `.env` into the environment if there is one, never required and never overriding a variable
 * the environment already sets (`process.loadEnvFile`): the first of `<cwd>/.env` and
 * `APP_HOME/.env`. Returns the file it loaded. Called only from config.ts files, before they read.
 */
export function loadDotEnv(cwd: string = process.cwd()): string | undefined {
  for (const path of new Set([join(cwd, '.env'), join(APP_HOME, '.env')])) {
    if (existsSync(path)) {
      process.loadEnvFile(path);
      return path;
    }
  }
  return undefined;
}
