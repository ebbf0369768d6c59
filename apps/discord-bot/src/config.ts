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

/** `0,2,4` or `0-3` (or both, `0-3,8`): the gateway shards this process runs. */
const shardIdList = z
  .string()
  .trim()
  .regex(/^\d{1,4}(-\d{1,4})?(,\d{1,4}(-\d{1,4})?)*$/, 'must be shard ids such as 0,1 or 0-3')
  .transform((text) =>
    text.split(',').flatMap((part) => {
      const [from = 0, to = from] = part.split('-').map(Number);
      return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
    }),
  );

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
  DISCORD_SHARD_COUNT: optionalText.pipe(z.coerce.number<string>().int().min(1).max(10_000).optional()),
  DISCORD_SHARD_IDS: optionalText.pipe(shardIdList.optional()),
  DISCORD_CDN_ORIGINS: optionalText.pipe(
    z
      .string()
      .regex(
        /^https?:\/\/[^/,\s]+(,\s*https?:\/\/[^/,\s]+)*$/,
        'must be comma-separated origins such as https://cdn.discordapp.com',
      )
      .optional(),
  ),
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
  DISCORD_SHARD_COUNT: 'total shards across every process; unset = Discord recommends',
  DISCORD_SHARD_IDS: 'e.g. 0-3 for this process, the rest in others; needs DISCORD_SHARD_COUNT',
  DISCORD_CDN_ORIGINS: 'only for tests against a fake Discord, e.g. http://127.0.0.1:8081',
};

/** What each mode needs, judged on presence so it is reported next to malformed variables. */
function rules(env: Env): EnvProblem[] {
  const mode = (env.DISCORD_MODE ?? '').trim() || 'gateway';
  const problems: EnvProblem[] = [];
  if (mode === 'gateway' && !isSet(env, 'DISCORD_TOKEN'))
    problems.push({ name: 'DISCORD_TOKEN', reason: 'is required in gateway mode' });
  if (mode === 'http' && !isSet(env, 'DISCORD_PUBLIC_KEY'))
    problems.push({ name: 'DISCORD_PUBLIC_KEY', reason: 'is required in http mode' });
  // A share of a recommended count would drift when Discord changes its recommendation.
  if (isSet(env, 'DISCORD_SHARD_IDS') && !isSet(env, 'DISCORD_SHARD_COUNT'))
    problems.push({ name: 'DISCORD_SHARD_COUNT', reason: 'is required with DISCORD_SHARD_IDS' });
  return problems;
}

/** Shard ids past the count would be refused by Discord (close code 4010, invalid shard). */
function shardProblems(e: DiscordEnv): EnvProblem[] {
  const count = e.DISCORD_SHARD_COUNT;
  const ids = e.DISCORD_SHARD_IDS;
  if (count === undefined || ids === undefined) return [];
  if (ids.length === 0 || ids.some((id) => id >= count))
    return [{ name: 'DISCORD_SHARD_IDS', reason: 'must be ids from 0 to DISCORD_SHARD_COUNT - 1' }];
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
    /** Gateway sharding: total shards (undefined = Discord's recommendation) and this process's share. */
    readonly shardCount: number | undefined;
    readonly shardIds: readonly number[] | undefined;
    /** Origins a `batch` attachment may be downloaded from (default Discord's CDN hosts). */
    readonly cdnOrigins: readonly string[] | undefined;
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
  const problems = shardProblems(e);
  if (problems.length > 0) throw new ConfigError(TITLE, problems, hints);
  return {
    discord: {
      mode: e.DISCORD_MODE,
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      publicKey: e.DISCORD_PUBLIC_KEY?.toLowerCase(),
      apiUrl: e.DISCORD_API_URL?.replace(/\/+$/, ''),
      shardCount: e.DISCORD_SHARD_COUNT,
      shardIds: e.DISCORD_SHARD_IDS ? [...new Set(e.DISCORD_SHARD_IDS)] : undefined,
      cdnOrigins: e.DISCORD_CDN_ORIGINS?.split(',').map((origin) => origin.trim().replace(/\/+$/, '')),
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
