import { z } from 'zod';

/**
 * The Slack app's configuration, read from the environment once at startup. This file is the only
 * `process.env` reader in the app; everything else receives a `SlackConfig`.
 */

const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const url = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url({ protocol: /^https?$/ }).optional())
  .optional();

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Comma-separated base64 keys; empty items (a trailing comma) are ignored. */
const keyList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  )
  .pipe(z.array(z.string().regex(BASE64, 'must be comma-separated base64 keys')));

const schema = z
  .object({
    SLACK_SIGNING_SECRET: z.string().trim().min(1, 'is required (Basic Information → App Credentials)'),
    SLACK_BOT_TOKEN: optional.pipe(z.string().startsWith('xoxb-', 'must start with xoxb-').optional()),
    SLACK_APP_TOKEN: optional.pipe(z.string().startsWith('xapp-', 'must start with xapp-').optional()),
    SLACK_CLIENT_ID: optional,
    SLACK_CLIENT_SECRET: optional,
    SLACK_STATE_SECRET: optional,
    SLACK_API_URL: url,
    ALTUM_API_KEY: optional,
    ALTUM_BASE_URL: url,
    ALTUM_CHAT_MASTER_KEY: optional,
    ALTUM_CHAT_PREVIOUS_MASTER_KEYS: keyList,
    DATABASE_URL: optional,
    DATA_DIR: optional,
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    PUBLIC_URL: url,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DEFAULT_LOCALE: z.enum(['nl', 'en']).default('nl'),
  })
  .superRefine((env, ctx) => {
    const oauth = env.SLACK_CLIENT_ID !== undefined || env.SLACK_CLIENT_SECRET !== undefined;
    if (oauth && (env.SLACK_CLIENT_ID === undefined || env.SLACK_CLIENT_SECRET === undefined)) {
      const missing = env.SLACK_CLIENT_ID === undefined ? 'SLACK_CLIENT_ID' : 'SLACK_CLIENT_SECRET';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'is required together with its OAuth partner',
      });
    }
    if (oauth && env.SLACK_APP_TOKEN !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_APP_TOKEN'],
        message:
          'Socket Mode serves one workspace: use it with SLACK_BOT_TOKEN, or unset it for OAuth over HTTP',
      });
    }
    if (!oauth && env.SLACK_BOT_TOKEN === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message:
          'is required for a single workspace (or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for OAuth)',
      });
    }
  });

export type SlackEnv = z.infer<typeof schema>;

/** Validated configuration, grouped by concern. */
export interface SlackConfig {
  readonly slack: {
    readonly signingSecret: string;
    readonly botToken: string | undefined;
    readonly appToken: string | undefined;
    readonly oauth:
      | { readonly clientId: string; readonly clientSecret: string; readonly stateSecret: string }
      | undefined;
    readonly apiUrl: string | undefined;
  };
  readonly altum: { readonly apiKey: string | undefined; readonly baseUrl: string | undefined };
  readonly store: {
    readonly masterKey: string | undefined;
    /** Older master keys still accepted while rotating (`ALTUM_CHAT_PREVIOUS_MASTER_KEYS`). */
    readonly previousMasterKeys: readonly string[];
    readonly databaseUrl: string | undefined;
    readonly dataDir: string;
  };
  readonly port: number;
  readonly publicUrl: string | undefined;
  readonly logLevel: SlackEnv['LOG_LEVEL'];
  readonly defaultLocale: 'nl' | 'en';
}

/** Thrown when the environment is unusable; the message names variables, never their values. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses an environment (default `process.env`) into a `SlackConfig`, or throws a `ConfigError`. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): SlackConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    // Zod issues can echo the input; only the variable name and our own message are reported.
    const lines = parsed.error.issues.map((issue) => `  ${String(issue.path[0] ?? '?')}: ${describe(issue)}`);
    throw new ConfigError(`Invalid Slack app configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const oauth =
    e.SLACK_CLIENT_ID !== undefined && e.SLACK_CLIENT_SECRET !== undefined
      ? {
          clientId: e.SLACK_CLIENT_ID,
          clientSecret: e.SLACK_CLIENT_SECRET,
          // The OAuth state cookie is signed; without an explicit secret, derive one from the signing secret.
          stateSecret: e.SLACK_STATE_SECRET ?? `state:${e.SLACK_SIGNING_SECRET}`,
        }
      : undefined;
  return {
    slack: {
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: oauth ? undefined : e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      oauth,
      apiUrl: e.SLACK_API_URL === undefined ? undefined : withTrailingSlash(e.SLACK_API_URL),
    },
    altum: { apiKey: e.ALTUM_API_KEY, baseUrl: e.ALTUM_BASE_URL },
    store: {
      masterKey: e.ALTUM_CHAT_MASTER_KEY,
      previousMasterKeys: e.ALTUM_CHAT_PREVIOUS_MASTER_KEYS,
      databaseUrl: e.DATABASE_URL,
      dataDir: e.DATA_DIR ?? './data',
    },
    port: e.PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    defaultLocale: e.DEFAULT_LOCALE,
  };
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return 'is required';
  if (issue.code === 'invalid_format')
    return issue.format === 'regex' ? issue.message : 'must be an http(s) URL';
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'is out of range';
  if (issue.code === 'custom') return issue.message;
  return issue.message.startsWith('Invalid input:') ? 'is malformed' : issue.message;
}

function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`;
}
