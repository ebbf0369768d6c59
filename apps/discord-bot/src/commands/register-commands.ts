import type { REST } from '@discordjs/rest';
import { type RESTPutAPIApplicationCommandsJSONBody, Routes } from 'discord-api-types/v10';

export interface RegisterOptions {
  readonly rest: REST;
  readonly applicationId: string;
  /** Registers for one guild (updates instantly; use a development server) instead of globally. */
  readonly guildId?: string | undefined;
  readonly body: RESTPutAPIApplicationCommandsJSONBody;
}

/**
 * Bulk-overwrites the application's commands (PUT), replacing whatever was registered before. Run it
 * on deploy, never on boot: creations count against Discord's 200-per-day-per-guild limit.
 * https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function registerCommands(
  options: RegisterOptions,
): Promise<readonly { name: string; id: string }[]> {
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const result = (await options.rest.put(route, { body: options.body })) as { name: string; id: string }[];
  return result.map(({ name, id }) => ({ name, id }));
}
