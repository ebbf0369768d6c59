import {
  optionalHttpUrl,
  optionalText,
  type SharedConfig,
  sharedEnvShape,
  toSharedConfig,
} from '@altum-chat/runtime';
import { z } from 'zod';

/**
 * The Slack app's configuration, read from the environment once at startup. This file is the only
 * `process.env` reader in the app; everything else receives a `SlackConfig`.
 */

const schema = z
  .object({
    SLACK_SIGNING_SECRET: z.string().trim().min(1, 'is required (Basic Information → App Credentials)'),
    SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', 'must start with xoxb-').optional()),
    SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', 'must start with xapp-').optional()),
    SLACK_CLIENT_ID: optionalText,
    SLACK_CLIENT_SECRET: optionalText,
    SLACK_STATE_SECRET: optionalText,
    SLACK_API_URL: optionalHttpUrl,
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    PUBLIC_URL: optionalHttpUrl,
    ...sharedEnvShape,
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
export interface SlackConfig extends SharedConfig {
  readonly slack: {
    readonly signingSecret: string;
    readonly botToken: string | undefined;
    readonly appToken: string | undefined;
    readonly oauth:
      | { readonly clientId: string; readonly clientSecret: string; readonly stateSecret: string }
      | undefined;
    readonly apiUrl: string | undefined;
  };
  readonly port: number;
  readonly publicUrl: string | undefined;
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
    ...toSharedConfig(e),
    port: e.PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
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
