import {
  optionalHttpUrl,
  optionalText,
  type SharedConfig,
  sharedEnvShape,
  toSharedConfig,
} from '@altum-chat/runtime';
import { z } from 'zod';

/**
 * The Discord bot's configuration, read from the environment once at startup. This file is the only
 * `process.env` reader in the app; everything else receives a `DiscordConfig`.
 */

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{1,20}$/, 'must be the numeric application id (General Information → Application ID)');

const schema = z
  .object({
    DISCORD_MODE: optionalText.pipe(z.enum(['gateway', 'http']).default('gateway')),
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: snowflake,
    DISCORD_PUBLIC_KEY: optionalText.pipe(
      z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex characters of General Information → Public Key')
        .optional(),
    ),
    DISCORD_API_URL: optionalHttpUrl,
    PORT: z.coerce.number().int().min(0).max(65_535).default(3001),
    ...sharedEnvShape,
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
export interface DiscordConfig extends SharedConfig {
  readonly discord: {
    readonly mode: 'gateway' | 'http';
    readonly token: string | undefined;
    readonly applicationId: string;
    readonly publicKey: string | undefined;
    /** Base for @discordjs/rest's `api` option (without `/v10`); undefined means discord.com. */
    readonly apiUrl: string | undefined;
  };
  readonly port: number;
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
    ...toSharedConfig(e),
    port: e.PORT,
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
