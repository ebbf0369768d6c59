import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { ConfigError, loadConfig } from './config.ts';

/**
 * Gateway sharding for large deployments (`pnpm --filter @altum-chat/discord-bot shard`): spawns one
 * main.ts process per shard; Discord requires shards from 2,500 servers, the guide advises ~2,000.
 * https://discordjs.guide/sharding/
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.discord.mode !== 'gateway' || !config.discord.token) {
    throw new ConfigError('Sharding is for gateway mode', [
      { name: 'DISCORD_MODE', reason: 'must be gateway (with DISCORD_TOKEN) to run shards' },
    ]);
  }
  // From a build the children are dist/main.js under plain node; from source, main.ts through tsx like the parent.
  const bundled = import.meta.ALTUM_CHAT_BUNDLED === true;
  const manager = new ShardingManager(
    fileURLToPath(new URL(bundled ? './main.js' : './main.ts', import.meta.url)),
    {
      token: config.discord.token,
      totalShards: 'auto',
      respawn: true,
      execArgv: bundled ? [] : ['--import', 'tsx'],
    },
  );
  manager.on('shardCreate', (shard) => process.stdout.write(`shard ${shard.id} launched\n`));
  await manager.spawn();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `sharding failed: ${error instanceof Error ? error.name : 'error'}`}\n`,
  );
  process.exit(1);
});
