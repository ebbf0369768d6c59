import { resolve } from 'node:path';
import { APP_HOME, base64KeyList, optionalText } from '@altum-chat/core';
import { z } from 'zod';

/**
 * What `rotate-master-key` reads from the environment, validated in one place: the same variables
 * the apps use, so it runs with exactly the environment of a running instance.
 */
const schema = z.object({
  ALTUM_CHAT_MASTER_KEY: optionalText,
  ALTUM_CHAT_PREVIOUS_MASTER_KEYS: base64KeyList,
  DATABASE_URL: optionalText,
  DATA_DIR: optionalText,
});

export interface RotationConfig {
  readonly masterKey: string | undefined;
  readonly previousMasterKeys: readonly string[];
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
}

export function loadRotationConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): RotationConfig {
  const e = schema.parse(env);
  return {
    masterKey: e.ALTUM_CHAT_MASTER_KEY,
    previousMasterKeys: e.ALTUM_CHAT_PREVIOUS_MASTER_KEYS,
    databaseUrl: e.DATABASE_URL,
    // data/ where the apps keep it by default: the repository root, or the deployed folder for a build.
    dataDir: resolve(e.DATA_DIR ?? resolve(APP_HOME, 'data')),
  };
}
