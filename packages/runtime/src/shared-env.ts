import { join } from 'node:path';
import { APP_HOME, base64KeyList, optionalHttpUrl, optionalText } from '@altum-chat/core';
import { z } from 'zod';

/**
 * The environment variables every bot shares (README, configuration), declared once so the Slack
 * app and the Discord bot validate them the same way. Each app's config.ts spreads `sharedEnvShape`
 * into its own schema and stays the app's only reader of the environment.
 */

/** `data/` at the repository root (from source) or in the deployed app folder (a build), wherever the process was started from. */
export const DEFAULT_DATA_DIR = join(APP_HOME, 'data');

export const sharedEnvShape = {
  ALTUM_API_KEY: optionalText,
  ALTUM_BASE_URL: optionalHttpUrl,
  ALTUM_CHAT_MASTER_KEY: optionalText,
  ALTUM_CHAT_PREVIOUS_MASTER_KEYS: base64KeyList,
  DATABASE_URL: optionalText,
  DATA_DIR: optionalText,
  LOG_LEVEL: optionalText.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  DEFAULT_LOCALE: optionalText.pipe(z.enum(['nl', 'en']).default('nl')),
};

type SharedEnv = z.output<z.ZodObject<typeof sharedEnvShape>>;

/** The shared part of an app's validated config, grouped by concern. */
export interface SharedConfig {
  readonly altum: { readonly apiKey: string | undefined; readonly baseUrl: string | undefined };
  readonly store: {
    readonly masterKey: string | undefined;
    /** Older master keys still accepted while stored secrets are re-encrypted (a rotation). */
    readonly previousMasterKeys: readonly string[];
    readonly databaseUrl: string | undefined;
    readonly dataDir: string;
  };
  readonly logLevel: SharedEnv['LOG_LEVEL'];
  readonly defaultLocale: 'nl' | 'en';
}

export function toSharedConfig(env: SharedEnv): SharedConfig {
  return {
    altum: { apiKey: env.ALTUM_API_KEY, baseUrl: env.ALTUM_BASE_URL },
    store: {
      masterKey: env.ALTUM_CHAT_MASTER_KEY,
      previousMasterKeys: env.ALTUM_CHAT_PREVIOUS_MASTER_KEYS,
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR ?? DEFAULT_DATA_DIR,
    },
    logLevel: env.LOG_LEVEL,
    defaultLocale: env.DEFAULT_LOCALE,
  };
}

/** Every secret of the shared config, for `registerSecret` before the first log line. */
export function sharedSecrets(config: SharedConfig): (string | undefined)[] {
  return [config.altum.apiKey, config.store.masterKey, ...config.store.previousMasterKeys];
}
