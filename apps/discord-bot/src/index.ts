export { buildCommandDefinitions } from './commands/build-definitions.ts';
export type { DiscordConfig } from './config.ts';
export { loadConfig } from './config.ts';
export type { DiscordBotDeps } from './create-discord-bot.ts';
export { createDiscordHandler, createGatewayBot, createHttpBot } from './create-discord-bot.ts';
export { createDiscordRest } from './create-rest.ts';
export { toDiscordMessage } from './render/to-discord-message.ts';
