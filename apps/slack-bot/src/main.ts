import { createChatRunner } from '@altum-chat/chat';
import { createAltumClient } from '@altum-chat/core';
import { openStore } from '@altum-chat/store';
import { ConfigError, loadConfig } from './config.ts';
import { createSlackApp } from './create-slack-app.ts';
import { createLogger } from './logger.ts';

/**
 * The Slack app's only composition root: config → logger → store → Altum client → chat runner →
 * Bolt app. Everything below receives what it needs as arguments.
 */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  const store = await openStore({
    databaseUrl: config.store.databaseUrl,
    dataDir: config.store.dataDir,
    masterKey: config.store.masterKey,
    logger,
  });
  const client = createAltumClient({
    ...(config.altum.baseUrl ? { baseUrl: config.altum.baseUrl } : {}),
    logger,
    // Shared across instances, so a second instance answers a "Share" re-run from cache too.
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
  const slack = createSlackApp({ config, runner, store, logger });
  const port = await slack.start(config.port);
  logger.info(
    {
      port,
      mode: slack.mode,
      oauth: config.slack.oauth !== undefined,
      charts: config.publicUrl !== undefined,
    },
    'altum slack app listening',
  );

  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'altum slack app stopping');
    await slack.stop();
    await client.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `altum slack app failed to start: ${error instanceof Error ? error.message : 'unknown error'}\n`,
  );
  process.exit(1);
});
