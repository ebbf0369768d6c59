import { LOCALES } from '@altum-chat/core';
import {
  base64KeyList,
  batchLimitFields,
  DEFAULT_DATA_DIR,
  type Env,
  loadDotEnv,
  optionalHttpUrl,
  optionalPdokUrl,
  optionalText,
  parseEnv,
  sharedEnvHints,
} from '@altum-chat/runtime';
import { z } from 'zod';

const schema = z.object({
  /** Deployment-wide key: with it the playground talks to the real Altum API instead of the fake. */
  ALTUM_API_KEY: optionalText,
  /** Overrides Altum's endpoint (the sandbox, or a fake in tests). */
  ALTUM_BASE_URL: optionalHttpUrl,
  DATA_DIR: optionalText.transform((value) => value ?? DEFAULT_DATA_DIR),
  DATABASE_URL: optionalText,
  ALTUM_CHAT_MASTER_KEY: optionalText,
  ALTUM_CHAT_PREVIOUS_MASTER_KEYS: base64KeyList,
  DEFAULT_LOCALE: optionalText.pipe(z.enum(LOCALES).default('nl')),
  /**
   * Address look-ups (`off` disables them). Unset: the fake PDOK in demo mode, PDOK's public service
   * with a real key.
   */
  PDOK_LOCATIESERVER_URL: optionalPdokUrl,
  /** Most rows one `batch` file may have, and its largest size in bytes (shared with the bots). */
  ...batchLimitFields,
  /** Log lines go to stderr; `silent` (default) keeps the terminal for the chat. */
  LOG_LEVEL: optionalText.pipe(z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('silent')),
});

export type PlaygroundConfig = z.output<typeof schema>;

/**
 * Reads the playground's settings from the environment (after `.env`, if there is one); the only
 * place that reads `process.env`. Every problem is named at once, never with its value.
 */
export function loadConfig(env?: Env): PlaygroundConfig {
  if (env === undefined) loadDotEnv();
  return parseEnv(env ?? process.env, {
    title: 'Invalid playground configuration',
    schema,
    hints: sharedEnvHints,
  });
}
