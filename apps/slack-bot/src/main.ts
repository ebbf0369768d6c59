import { createLogger, onShutdownSignals, registerSecret } from '@altum-chat/ops';
import { ConfigError, loadConfig } from './config.ts';
import { configSecrets, createSlackService } from './create-slack-service.ts';

/**
 * The Slack app's only composition root: config → secrets registered → logger → service (store,
 * Altum client, chat runner, Bolt app, ops routes, graceful shutdown) → listen → signals.
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
  // Before the first log line: from here on no line can carry one of these values.
  for (const secret of configSecrets(config)) registerSecret(secret);
  const logger = createLogger({ level: config.logLevel, base: { app: 'slack-bot' } });
  const service = await createSlackService(config, { logger });
  const port = await service.start();
  logger.info(
    {
      port,
      metricsPort: service.metricsPort(),
      mode: service.slack.mode,
      oauth: config.slack.oauth !== undefined,
      charts: config.publicUrl !== undefined,
    },
    'altum slack app listening',
  );
  // SIGTERM/SIGINT: stop accepting, finish replies already acked, close slack → client → store, exit.
  onShutdownSignals(service.shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `altum slack app failed to start: ${error instanceof Error ? error.message : 'unknown error'}\n`,
  );
  process.exit(1);
});
