import { createChatRunner } from '@altum-chat/chat';
import { createAltumClient } from '@altum-chat/core';
import { createGracefulShutdown, createLogger, onShutdownSignals, registerSecret } from '@altum-chat/ops';
import { openStore } from '@altum-chat/store';
import { Client, GatewayIntentBits } from 'discord.js';
import { ConfigError, type DiscordConfig, loadConfig } from './config.ts';
import { createGatewayBot, createHttpBot, type DiscordBotDeps } from './create-discord-bot.ts';
import { createDiscordRest, discordRestOptions } from './create-rest.ts';

/**
 * The Discord bot's only composition root: config → logger → store → Altum client → chat runner →
 * gateway client or HTTP interactions endpoint. Commands are registered by `pnpm register`, never here.
 */
async function main(): Promise<void> {
  let config: DiscordConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  // Scrubbed from every log line, whatever path they take.
  registerSecret(config.discord.token);
  registerSecret(config.altum.apiKey);
  registerSecret(config.store.masterKey);

  const logger = createLogger({ level: config.logLevel, base: { app: 'discord-bot' } });
  const shutdown = createGracefulShutdown({ logger });
  const store = await openStore({
    databaseUrl: config.store.databaseUrl,
    dataDir: config.store.dataDir,
    masterKey: config.store.masterKey,
    logger,
  });
  const client = createAltumClient({
    ...(config.altum.baseUrl ? { baseUrl: config.altum.baseUrl } : {}),
    logger,
    cache: store.responseCache,
  });
  const demo =
    config.altum.baseUrl !== undefined && !/^https:\/\/api\.altum\.ai\/?$/.test(config.altum.baseUrl);
  const runner = createChatRunner({
    client,
    store,
    logger,
    deploymentKey: config.altum.apiKey,
    defaultLocale: config.defaultLocale,
    demo,
  });
  const deps: DiscordBotDeps = {
    runner,
    client,
    store,
    logger,
    defaultLocale: config.defaultLocale,
    deploymentKey: config.altum.apiKey,
  };

  if (config.discord.mode === 'http') {
    const bot = createHttpBot({
      ...deps,
      rest: createDiscordRest({ token: config.discord.token, apiUrl: config.discord.apiUrl }),
      publicKeyHex: config.discord.publicKey ?? '',
    });
    shutdown.addServer(bot.server);
    shutdown.addResource('interactions', () => bot.idle());
    await new Promise<void>((resolve) => bot.server.listen(config.port, resolve));
    logger.info(
      { port: config.port, path: '/discord/interactions', demo },
      'altum discord bot listening (http)',
    );
  } else {
    // Slash commands need no privileged intents; Guilds keeps guild metadata for permission checks.
    const discord = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: discordRestOptions(config.discord.apiUrl),
    });
    const bot = createGatewayBot({ ...deps, discord });
    shutdown.addResource('interactions', () => bot.idle());
    shutdown.addResource('gateway', () => discord.destroy());
    await discord.login(config.discord.token);
    logger.info({ shard: discord.shard?.ids ?? [0], demo }, 'altum discord bot connected (gateway)');
  }
  shutdown.addResource('altum client', () => client.close());
  shutdown.addResource('store', () => store.close());
  onShutdownSignals(shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `altum discord bot failed to start: ${error instanceof Error ? error.name : 'unknown error'}\n`,
  );
  process.exit(1);
});
