import { commands } from '@altum-chat/chat';
import { buildCommandDefinitions } from './commands/build-definitions.ts';
import { parseRegisterArgs, UsageError } from './commands/register-cli.ts';
import { registerCommands } from './commands/register-commands.ts';
import { ConfigError, loadRegisterConfig } from './config.ts';
import { createDiscordRest } from './create-rest.ts';
import { describeDiscordFailure } from './discord-failure.ts';

/** `pnpm --filter @altum-chat/discord-bot register [--guild ID]`: publishes the slash commands. */
async function main(): Promise<void> {
  // Arguments first: a typo must never fall through to a global registration.
  const { guildId } = parseRegisterArgs(process.argv.slice(2));
  const config = loadRegisterConfig();
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
  const known = error instanceof ConfigError || error instanceof UsageError;
  process.stderr.write(
    `${known ? error.message : `Registration failed: ${describeDiscordFailure(error)}`}\n`,
  );
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
