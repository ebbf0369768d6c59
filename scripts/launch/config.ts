import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * Which apps `pnpm start` should launch: every platform with any of its credentials set (so half a
 * configuration reaches that app's own validation, which names what is missing), or the playground
 * (fake Altum, local SQLite) when none are. Only presence is read here; each app validates its own
 * variables in its own config.ts.
 */
const present = z
  .string()
  .optional()
  .transform((value) => value !== undefined && value.trim() !== '');

const SLACK = [
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_CLIENT_ID',
  'SLACK_CLIENT_SECRET',
] as const;
const DISCORD = ['DISCORD_TOKEN', 'DISCORD_PUBLIC_KEY', 'DISCORD_APPLICATION_ID'] as const;

const schema = z.object(Object.fromEntries([...SLACK, ...DISCORD].map((name) => [name, present])));

export type LaunchTarget = 'slack-bot' | 'discord-bot' | 'playground';

/** The repository's `.env`, loaded (never overriding the environment) so the children inherit it too. */
const DOT_ENV = new URL('../../.env', import.meta.url);

export function loadLaunchTargets(env: NodeJS.ProcessEnv = readEnvironment()): LaunchTarget[] {
  const flags = schema.parse(env);
  const targets: LaunchTarget[] = [];
  if (SLACK.some((name) => flags[name])) targets.push('slack-bot');
  if (DISCORD.some((name) => flags[name])) targets.push('discord-bot');
  return targets.length > 0 ? targets : ['playground'];
}

function readEnvironment(): NodeJS.ProcessEnv {
  if (existsSync(DOT_ENV)) process.loadEnvFile(DOT_ENV);
  return process.env;
}
