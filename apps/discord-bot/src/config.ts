import {
  ConfigError,
  type Env,
  type EnvProblem,
  isSet,
  loadDotEnv,
  optionalHttpUrl,
  optionalText,
  parseEnv,
  portField,
  type SharedConfig,
  sharedEnvHints,
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
  .regex(/^\d{1,20}$/, 'must be a number');

const schema = z.object({
  DISCORD_MODE: optionalText.pipe(z.enum(['gateway', 'http']).default('gateway')),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_PUBLIC_KEY: optionalText.pipe(
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters')
      .optional(),
  ),
  DISCORD_API_URL: optionalHttpUrl,
  PORT: portField(3001),
  ...sharedEnvShape,
});

/** Where each Discord value comes from (https://discord.com/developers/applications → your application). */
const hints: Readonly<Record<string, string>> = {
  ...sharedEnvHints,
  PORT: 'e.g. 3001',
  DISCORD_TOKEN: 'Bot → Reset Token',
  DISCORD_APPLICATION_ID: 'General Information → Application ID',
  DISCORD_PUBLIC_KEY: 'General Information → Public Key',
  DISCORD_MODE: 'gateway keeps a WebSocket; http needs a public Interactions Endpoint URL',
};

/** What each mode needs, judged on presence so it is reported next to malformed variables. */
function rules(env: Env): EnvProblem[] {
  const mode = (env.DISCORD_MODE ?? '').trim() || 'gateway';
  if (mode === 'gateway' && !isSet(env, 'DISCORD_TOKEN'))
    return [{ name: 'DISCORD_TOKEN', reason: 'is required in gateway mode' }];
  if (mode === 'http' && !isSet(env, 'DISCORD_PUBLIC_KEY'))
    return [{ name: 'DISCORD_PUBLIC_KEY', reason: 'is required in http mode' }];
  return [];
}

type DiscordEnv = z.infer<typeof schema>;

export { ConfigError };

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

const TITLE = 'Invalid Discord bot configuration';

/** The process environment, after `.env` (repository root, or the deployed folder) filled in what it leaves unset. */
export function processEnv(): Env {
  loadDotEnv();
  return process.env;
}

/**
 * Parses an environment (default: `processEnv()`) into a `DiscordConfig`, or throws a `ConfigError`
 * that names every missing or malformed variable at once, with a hint, never a value.
 */
export function loadConfig(env: Env = processEnv()): DiscordConfig {
  const e: DiscordEnv = parseEnv(env, { title: TITLE, schema, rules, hints });
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
export function loadRegisterConfig(env: Env = processEnv()): RegisterConfig {
  const e: DiscordEnv = parseEnv(
    { ...env, DISCORD_MODE: 'gateway' },
    {
      title: TITLE,
      schema,
      rules: (raw) =>
        isSet(raw, 'DISCORD_TOKEN')
          ? []
          : [{ name: 'DISCORD_TOKEN', reason: 'is required to register commands' }],
      hints,
    },
  );
  if (e.DISCORD_TOKEN === undefined) throw new Error('unreachable: DISCORD_TOKEN checked above');
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    apiUrl: e.DISCORD_API_URL?.replace(/\/+$/, ''),
  };
}
