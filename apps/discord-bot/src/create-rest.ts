import { REST } from '@discordjs/rest';

/** A REST client for Discord (or the fake in tests, via `DISCORD_API_URL`). */
export function createDiscordRest(options: {
  readonly token?: string | undefined;
  readonly apiUrl?: string | undefined;
}): REST {
  const rest = new REST({ version: '10', ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  if (options.token) rest.setToken(options.token);
  return rest;
}
