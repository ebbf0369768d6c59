import { base64KeyList, optionalText } from '@altum-chat/core';
import { DEFAULT_DATA_DIR } from '@altum-chat/runtime';
import { z } from 'zod';

const schema = z.object({
  /** Deployment-wide key: with it the playground talks to the real Altum API instead of the fake. */
  ALTUM_API_KEY: optionalText,
  /** Overrides Altum's endpoint (the sandbox, or a fake in tests). */
  ALTUM_BASE_URL: z.url({ error: 'ALTUM_BASE_URL must be a URL such as https://api.altum.ai' }).optional(),
  DATA_DIR: optionalText.transform((value) => value ?? DEFAULT_DATA_DIR),
  DATABASE_URL: optionalText,
  ALTUM_CHAT_MASTER_KEY: optionalText,
  ALTUM_CHAT_PREVIOUS_MASTER_KEYS: base64KeyList,
  DEFAULT_LOCALE: z.enum(['nl', 'en'], { error: 'DEFAULT_LOCALE is nl or en' }).default('nl'),
  /** Most rows one `batch` file may have, and its largest size in bytes. */
  BATCH_MAX_ROWS: z.coerce.number().int().positive().default(5_000),
  BATCH_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  /** Log lines go to stderr; `silent` (default) keeps the terminal for the chat. */
  LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('silent'),
});

export type PlaygroundConfig = z.output<typeof schema>;

/** Reads the playground's settings from the environment; the only place that reads `process.env`. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): PlaygroundConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid playground configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
