import { z } from 'zod';

/**
 * The Discord bot's configuration, read from the environment once at startup. This file is the only
 * `process.env` reader in the app; everything else receives a `DiscordConfig`.
 */

const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const url = optional.pipe(z.url({ protocol: /^https?$/ }).optional());

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** Comma-separated base64 keys (a master-key rotation); blanks between commas are ignored. */
const keyList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter((key) => key !== ''),
  )
  .pipe(z.array(z.string().regex(BASE64, 'must be comma-separated base64 keys')));

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{1,20}$/, 'must be the numeric application id (General Information → Application ID)');

const schema = z
  .object({
    DISCORD_MODE: optional.pipe(z.enum(['gateway', 'http']).default('gateway')),
    DISCORD_TOKEN: optional,
    DISCORD_APPLICATION_ID: snowflake,
    DISCORD_PUBLIC_KEY: optional.pipe(
      z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex characters of General Information → Public Key')
        .optional(),
    ),
    DISCORD_API_URL: url,
    ALTUM_API_KEY: optional,
    ALTUM_BASE_URL: url,
    ALTUM_CHAT_MASTER_KEY: optional,
    ALTUM_CHAT_PREVIOUS_MASTER_KEYS: keyList,
    DATABASE_URL: optional,
    DATA_DIR: optional,
    PORT: z.coerce.number().int().min(0).max(65_535).default(3001),
    LOG_LEVEL: optional.pipe(
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    DEFAULT_LOCALE: optional.pipe(z.enum(['nl', 'en']).default('nl')),
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_MODE === 'gateway' && env.DISCORD_TOKEN === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_TOKEN'],
        message: 'is required in gateway mode (Bot → Token)',
      });
    }
    if (env.DISCORD_MODE === 'http' && env.DISCORD_PUBLIC_KEY === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_PUBLIC_KEY'],
        message: 'is required in http mode (General Information → Public Key)',
      });
    }
  });

type DiscordEnv = z.infer<typeof schema>;

/** Validated configuration, grouped by concern. */
export interface DiscordConfig {
  readonly discord: {
    readonly mode: 'gateway' | 'http';
    readonly token: string | undefined;
    readonly applicationId: string;
    readonly publicKey: string | undefined;
    /** Base for @discordjs/rest's `api` option (without `/v10`); undefined means discord.com. */
    readonly apiUrl: string | undefined;
  };
  readonly altum: { readonly apiKey: string | undefined; readonly baseUrl: string | undefined };
  readonly store: {
    readonly masterKey: string | undefined;
    /** Older master keys still accepted while stored secrets are re-encrypted (a rotation). */
    readonly previousMasterKeys: readonly string[];
    readonly databaseUrl: string | undefined;
    readonly dataDir: string;
  };
  readonly port: number;
  readonly logLevel: DiscordEnv['LOG_LEVEL'];
  readonly defaultLocale: 'nl' | 'en';
}

/** Thrown when the environment is unusable; the message names variables, never their values. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function parse(env: Env): DiscordEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    // Zod issues can echo the input; only the variable name and our own message are reported.
    const lines = parsed.error.issues.map((issue) => `  ${String(issue.path[0] ?? '?')}: ${describe(issue)}`);
    throw new ConfigError(`Invalid Discord bot configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Parses an environment (default `process.env`) into a `DiscordConfig`, or throws a `ConfigError`. */
export function loadConfig(env: Env = process.env): DiscordConfig {
  const e = parse(env);
  return {
    discord: {
      mode: e.DISCORD_MODE,
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      publicKey: e.DISCORD_PUBLIC_KEY?.toLowerCase(),
      apiUrl: e.DISCORD_API_URL?.replace(/\/+$/, ''),
    },
    altum: { apiKey: e.ALTUM_API_KEY, baseUrl: e.ALTUM_BASE_URL },
    store: {
      masterKey: e.ALTUM_CHAT_MASTER_KEY,
      previousMasterKeys: e.ALTUM_CHAT_PREVIOUS_MASTER_KEYS,
      databaseUrl: e.DATABASE_URL,
      dataDir: e.DATA_DIR ?? './data',
    },
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    defaultLocale: e.DEFAULT_LOCALE,
  };
}

/** What the registration script needs: the bot token is always required there. */
export interface RegisterConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly apiUrl: string | undefined;
}

/** Like `loadConfig`, for `pnpm register`: mode-independent, but the token is mandatory. */
export function loadRegisterConfig(env: Env = process.env): RegisterConfig {
  const e = parse({ ...env, DISCORD_MODE: 'gateway' });
  if (e.DISCORD_TOKEN === undefined)
    throw new ConfigError('Invalid Discord bot configuration:\n  DISCORD_TOKEN: is required');
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    apiUrl: e.DISCORD_API_URL?.replace(/\/+$/, ''),
  };
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return 'is required';
  if (issue.code === 'invalid_format' && issue.format === 'url') return 'must be an http(s) URL';
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'is out of range';
  if (issue.code === 'custom' || issue.code === 'invalid_format') return issue.message;
  return 'is malformed';
}
