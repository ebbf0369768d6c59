import { join } from 'node:path';
import { DEFAULT_PDOK_URL } from '@altum-chat/address';
import {
  APP_HOME,
  base64KeyList,
  LOCALES,
  type Locale,
  optionalHttpUrl,
  optionalText,
} from '@altum-chat/core';
import { z } from 'zod';

/**
 * The environment variables every bot shares (README, configuration), declared once so the Slack
 * app and the Discord bot validate them the same way. Each app's config.ts spreads `sharedEnvShape`
 * into its own schema and stays the app's only reader of the environment.
 */

/** `data/` at the repository root (from source) or in the deployed app folder (a build), wherever the process was started from. */
export const DEFAULT_DATA_DIR = join(APP_HOME, 'data');

const PORT_REASON = 'must be a port number from 0 to 65535';
const portNumber = () =>
  z.coerce
    .number<string | undefined>({ error: PORT_REASON })
    .int(PORT_REASON)
    .min(0, PORT_REASON)
    .max(65_535, PORT_REASON);

/** A TCP port; blank or unset → `fallback`. */
export const portField = (fallback: number) => optionalText.pipe(portNumber().default(fallback));

/** A TCP port that is off unless set. */
export const optionalPortField = optionalText.pipe(portNumber().optional());

const PDOK_URL_REASON = 'must be an http(s) URL or off';
const OFF = /^off$/i;
const httpUrl = z.url({ protocol: /^https?$/ });
const pdokUrlValue = z
  .string()
  .refine((value) => OFF.test(value) || httpUrl.safeParse(value).success, PDOK_URL_REASON)
  .transform((value) => (OFF.test(value) ? 'off' : value));

/**
 * `PDOK_LOCATIESERVER_URL` as given: an http(s) base URL, `off` (no look-ups: postcodes still work,
 * free-text addresses are asked for their postcode), or undefined when unset.
 */
export const optionalPdokUrl = optionalText.pipe(pdokUrlValue.optional());

/** `PDOK_LOCATIESERVER_URL` with its default, PDOK's public v3.1 service. */
export const pdokUrlField = optionalText.pipe(pdokUrlValue.default(DEFAULT_PDOK_URL));

const positiveWhole = (fallback: number) =>
  optionalText.pipe(
    z.coerce.number<string | undefined>().int().positive('must be a positive whole number').default(fallback),
  );

/** `batch` upload limits, shared by the bots and the playground: most rows, largest file in bytes. */
export const batchLimitFields = {
  BATCH_MAX_ROWS: positiveWhole(5_000),
  BATCH_MAX_BYTES: positiveWhole(5 * 1024 * 1024),
};

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
  DEFAULT_LOCALE: optionalText.pipe(z.enum(LOCALES).default('nl')),
  METRICS_PORT: optionalPortField,
  METRICS_HOST: optionalText.pipe(z.string().default('127.0.0.1')),
  METRICS_TOKEN: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  DM_DAILY_CREDITS: optionalText.pipe(z.coerce.number<string>().min(0).optional()),
  COMMANDS_PER_MINUTE: optionalText.pipe(z.coerce.number<string | undefined>().int().min(0).default(60)),
  PDOK_LOCATIESERVER_URL: pdokUrlField,
  ...batchLimitFields,
};

/** Where each shared variable's value comes from, appended to its problem by `parseEnv`. */
export const sharedEnvHints: Readonly<Record<string, string>> = {
  ALTUM_BASE_URL: 'e.g. https://api.altum.ai, or https://api.altum.ai/sandbox',
  ALTUM_CHAT_PREVIOUS_MASTER_KEYS: 'the old ALTUM_CHAT_MASTER_KEY values, comma-separated',
  LOG_LEVEL: 'e.g. info',
  PORT: 'e.g. 3000',
  METRICS_PORT: 'e.g. 9464; served on METRICS_HOST, default 127.0.0.1',
  METRICS_TOKEN: 'a random bearer token, e.g. openssl rand -hex 24',
  PDOK_LOCATIESERVER_URL: `e.g. ${DEFAULT_PDOK_URL} (the default), or off`,
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
  readonly defaultLocale: Locale;
  /**
   * Where /metrics is served: its own listener on `host:port` when `port` is set, else the app's port
   * only for requests with `Authorization: Bearer <token>`; neither → not served (README, operations).
   */
  readonly metrics: {
    readonly port: number | undefined;
    readonly host: string;
    readonly token: string | undefined;
  };
  /** Fair use: the deployment key's per-user daily cap in DMs (unset: never), and commands per user per minute. */
  readonly limits?: { readonly dmDailyCredits: number | undefined; readonly commandsPerMinute: number };
  /** Address look-ups: PDOK Locatieserver's base URL, or `off`; absent → the public service. */
  readonly address?: { readonly pdokUrl: string };
  /** `batch` uploads: most rows and largest file (BATCH_MAX_ROWS, BATCH_MAX_BYTES); absent → chat's defaults. */
  readonly batch?: { readonly maxRows: number; readonly maxBytes: number };
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
    metrics: { port: env.METRICS_PORT, host: env.METRICS_HOST, token: env.METRICS_TOKEN },
    limits: { dmDailyCredits: env.DM_DAILY_CREDITS, commandsPerMinute: env.COMMANDS_PER_MINUTE },
    address: { pdokUrl: env.PDOK_LOCATIESERVER_URL },
    batch: { maxRows: env.BATCH_MAX_ROWS, maxBytes: env.BATCH_MAX_BYTES },
  };
}

/** Every secret of the shared config, for `registerSecret` before the first log line. */
export function sharedSecrets(config: SharedConfig): (string | undefined)[] {
  return [
    config.altum.apiKey,
    config.store.masterKey,
    ...config.store.previousMasterKeys,
    config.metrics.token,
  ];
}
