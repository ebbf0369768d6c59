import { z } from 'zod';

/**
 * Which apps `pnpm start` should launch: the platforms whose credentials are present, or the
 * playground (fake Altum, local SQLite) when none are. Only presence is read here; each app
 * validates its own variables in its own config.ts.
 */
const present = z
  .string()
  .optional()
  .transform((value) => value !== undefined && value.trim() !== '');

const schema = z.object({
  SLACK_SIGNING_SECRET: present,
  SLACK_BOT_TOKEN: present,
  SLACK_CLIENT_ID: present,
  SLACK_APP_TOKEN: present,
  DISCORD_TOKEN: present,
  DISCORD_PUBLIC_KEY: present,
});

export type LaunchTarget = 'slack-bot' | 'discord-bot' | 'playground';

export function loadLaunchTargets(env: NodeJS.ProcessEnv = process.env): LaunchTarget[] {
  const flags = schema.parse(env);
  const targets: LaunchTarget[] = [];
  if (flags.SLACK_SIGNING_SECRET || flags.SLACK_APP_TOKEN) {
    if (flags.SLACK_BOT_TOKEN || flags.SLACK_CLIENT_ID || flags.SLACK_APP_TOKEN) targets.push('slack-bot');
  }
  if (flags.DISCORD_TOKEN || flags.DISCORD_PUBLIC_KEY) targets.push('discord-bot');
  return targets.length > 0 ? targets : ['playground'];
}
