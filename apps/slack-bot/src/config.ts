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
 * The Slack app's configuration, read from the environment once at startup. This file is the only
 * `process.env` reader in the app; everything else receives a `SlackConfig`.
 */

const schema = z.object({
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', 'must start with xoxb-').optional()),
  SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', 'must start with xapp-').optional()),
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  SLACK_API_URL: optionalHttpUrl,
  SLACK_RESPONSE_URL_ORIGINS: optionalText.pipe(
    z
      .string()
      .regex(
        /^https?:\/\/[^/,\s]+(,\s*https?:\/\/[^/,\s]+)*$/,
        'must be comma-separated origins such as https://hooks.slack.com',
      )
      .optional(),
  ),
  PORT: portField(3000),
  // Slack fetches chart images itself and refuses a message whose image_url is not https
  // (invalid_blocks), so an http:// PUBLIC_URL would break every reply with a chart.
  PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https$/ }).optional()),
  ...sharedEnvShape,
});

/** Where each Slack value comes from (https://api.slack.com/apps → your app). */
const hints: Readonly<Record<string, string>> = {
  ...sharedEnvHints,
  SLACK_SIGNING_SECRET: 'Basic Information → App Credentials → Signing Secret',
  SLACK_BOT_TOKEN: 'Install App → Bot User OAuth Token, xoxb-…',
  SLACK_APP_TOKEN: 'Basic Information → App-Level Tokens, scope connections:write, xapp-…',
  SLACK_CLIENT_ID: 'Basic Information → App Credentials → Client ID',
  SLACK_CLIENT_SECRET: 'Basic Information → App Credentials → Client Secret',
  PUBLIC_URL: 'the HTTPS address the app is reached at, e.g. https://altum.example.com',
};

/** Which variables a mode needs; judged on presence, so these are reported next to malformed ones. */
function rules(env: Env): EnvProblem[] {
  const problems: EnvProblem[] = [];
  const socket = isSet(env, 'SLACK_APP_TOKEN');
  const oauth = isSet(env, 'SLACK_CLIENT_ID') || isSet(env, 'SLACK_CLIENT_SECRET');
  // Socket Mode events arrive over Slack's WebSocket, unsigned: only HTTP mode needs the signing secret.
  if (!socket && !isSet(env, 'SLACK_SIGNING_SECRET')) {
    problems.push({
      name: 'SLACK_SIGNING_SECRET',
      reason: 'is required in HTTP mode; Socket Mode (SLACK_APP_TOKEN) needs none',
    });
  }
  for (const [name, partner] of [
    ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET'],
    ['SLACK_CLIENT_SECRET', 'SLACK_CLIENT_ID'],
  ] as const) {
    if (oauth && !isSet(env, name))
      problems.push({ name, reason: `is required together with ${partner} for OAuth` });
  }
  if (oauth && socket) {
    problems.push({
      name: 'SLACK_APP_TOKEN',
      reason:
        'Socket Mode serves one workspace: use it with SLACK_BOT_TOKEN, or unset it for OAuth over HTTP',
    });
  }
  if (!oauth && !isSet(env, 'SLACK_BOT_TOKEN')) {
    problems.push({
      name: 'SLACK_BOT_TOKEN',
      reason: 'is required for a single workspace (or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for OAuth)',
    });
  }
  return problems;
}

export type SlackEnv = z.infer<typeof schema>;

export { ConfigError };

/** Validated configuration, grouped by concern. */
export interface SlackConfig extends SharedConfig {
  readonly slack: {
    /** Undefined only in Socket Mode, where nothing arrives over HTTP to be verified. */
    readonly signingSecret: string | undefined;
    readonly botToken: string | undefined;
    readonly appToken: string | undefined;
    readonly oauth:
      | { readonly clientId: string; readonly clientSecret: string; readonly stateSecret: string }
      | undefined;
    readonly apiUrl: string | undefined;
    /** Origins replies may be posted to (`response-url-policy.ts`); unset = Slack's webhook hosts. */
    readonly responseUrlOrigins?: readonly string[] | undefined;
  };
  readonly port: number;
  readonly publicUrl: string | undefined;
}

/** The process environment, after `.env` (repository root, or the deployed folder) filled in what it leaves unset. */
export function processEnv(): Env {
  loadDotEnv();
  return process.env;
}

/**
 * Parses an environment (default: `processEnv()`) into a `SlackConfig`, or throws a `ConfigError`
 * that names every missing or malformed variable at once, with a hint, never a value.
 */
export function loadConfig(env: Env = processEnv()): SlackConfig {
  const e = parseEnv(env, { title: 'Invalid Slack app configuration', schema, rules, hints });
  const oauth =
    e.SLACK_CLIENT_ID !== undefined && e.SLACK_CLIENT_SECRET !== undefined
      ? {
          clientId: e.SLACK_CLIENT_ID,
          clientSecret: e.SLACK_CLIENT_SECRET,
          // The OAuth state cookie is signed; without an explicit secret, derive one from the signing secret.
          stateSecret: e.SLACK_STATE_SECRET ?? `state:${e.SLACK_SIGNING_SECRET ?? ''}`,
        }
      : undefined;
  return {
    slack: {
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: oauth ? undefined : e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      oauth,
      apiUrl: e.SLACK_API_URL === undefined ? undefined : withTrailingSlash(e.SLACK_API_URL),
      responseUrlOrigins: e.SLACK_RESPONSE_URL_ORIGINS?.split(',').map((origin) => origin.trim()),
    },
    ...toSharedConfig(e),
    port: e.PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
  };
}

function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`;
}
