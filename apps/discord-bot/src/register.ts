import { commands } from '@altum-chat/chat';
import { buildCommandDefinitions } from './commands/build-definitions.ts';
import { guildFromArgs, registerCommands } from './commands/register-commands.ts';
import { ConfigError, loadRegisterConfig } from './config.ts';
import { createDiscordRest } from './create-rest.ts';

/** `pnpm --filter @altum-chat/discord-bot register [--guild ID]`: publishes the slash commands. */
async function main(): Promise<void> {
  const config = loadRegisterConfig();
  const guildId = guildFromArgs(process.argv.slice(2));
  if (guildId !== undefined && !/^\d{1,20}$/.test(guildId))
    throw new ConfigError('--guild must be a numeric server id');
  const rest = createDiscordRest({ token: config.token, apiUrl: config.apiUrl });
  const registered = await registerCommands({
    rest,
    applicationId: config.applicationId,
    guildId,
    body: buildCommandDefinitions(commands),
  });
  const where = guildId ? `server ${guildId}` : 'all servers (global; may take a while to show)';
  process.stdout.write(`Registered ${registered.map((c) => `/${c.name}`).join(', ')} for ${where}.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `Registration failed: ${error instanceof Error ? error.name : 'error'}`}\n`,
  );
  process.exitCode = 1;
});
