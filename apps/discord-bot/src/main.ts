import { createReferenceId } from '@altum-chat/chat';
import { onShutdownSignals } from '@altum-chat/ops';
import { ConfigError, type DiscordConfig, loadConfig } from './config.ts';
import { describeDiscordFailure } from './discord-failure.ts';
import { startDiscordBot } from './start-discord-bot.ts';

/**
 * The Discord bot's process entry: config, then `startDiscordBot` (the composition), then SIGTERM/SIGINT
 * → graceful shutdown. Commands are registered by `pnpm register`, never here.
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
  const bot = await startDiscordBot(config);
  // The gateway's shards handle socket messages in promises nobody awaits; one stray rejection must not
  // end every conversation on every shard. Logged (class name + reference only), then the bot carries on.
  process.on('unhandledRejection', (error: unknown) => {
    bot.logger.error(
      { err: error instanceof Error ? error.name : typeof error, ref: createReferenceId() },
      'unhandled rejection',
    );
  });
  onShutdownSignals(bot.shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`altum discord bot failed to start: ${describeDiscordFailure(error)}\n`);
  process.exit(1);
});
