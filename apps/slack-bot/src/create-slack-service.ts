import { createChatRunner } from '@altum-chat/chat';
import { type AltumClientOptions, createAltumClient, getOperation, type Logger } from '@altum-chat/core';
import {
  createGracefulShutdown,
  createMetrics,
  createOpsRoutes,
  type GracefulShutdown,
  type Metrics,
  observeLogger,
} from '@altum-chat/ops';
import { openStore, type Store } from '@altum-chat/store';
import type { webApi } from '@slack/bolt';
import type { SlackConfig } from './config.ts';
import { createSlackApp, type SlackApp } from './create-slack-app.ts';

export interface SlackServiceOptions {
  /** The app's logger (`@altum-chat/ops` createLogger, secrets registered). */
  readonly logger: Logger;
  /** How long shutdown waits for replies still running (default 20 s, inside Kubernetes' 30 s grace). */
  readonly shutdownDeadlineMs?: number;
  /** Tests: `{ retryConfig: { retries: 0 } }`. */
  readonly slackClientOptions?: webApi.WebClientOptions;
  /** Tests: no retries against the fake Altum. */
  readonly altumRetry?: AltumClientOptions['retry'];
}

/** Everything `main.ts` runs, wired; nothing listens until `start`. */
export interface SlackService {
  readonly slack: SlackApp;
  readonly store: Store;
  readonly metrics: Metrics;
  readonly shutdown: GracefulShutdown;
  /** Starts listening on `config.port` (or `port`); returns the bound port. */
  start(port?: number, host?: string): Promise<number>;
}

/** Every secret in the config, for `registerSecret` before the first log line. */
export function configSecrets(config: SlackConfig): (string | undefined)[] {
  return [
    config.slack.signingSecret,
    config.slack.botToken,
    config.slack.appToken,
    config.slack.oauth?.clientSecret,
    config.slack.oauth?.stateSecret,
    config.altum.apiKey,
    config.store.masterKey,
    ...config.store.previousMasterKeys,
  ];
}

/**
 * The composition: store → Altum client → chat runner → Bolt app, with metrics fed from the runner's
 * and client's log lines, /healthz /readyz /metrics in front of the app's routes, and a graceful
 * shutdown that drains requests and post-ack work, then closes slack → client → store.
 */
export async function createSlackService(
  config: SlackConfig,
  options: SlackServiceOptions,
): Promise<SlackService> {
  const { logger } = options;
  const store = await openStore({
    databaseUrl: config.store.databaseUrl,
    dataDir: config.store.dataDir,
    masterKey: config.store.masterKey,
    previousMasterKeys: config.store.previousMasterKeys,
    logger,
  });
  const metrics = createMetrics({ defaultLabels: { app: 'slack-bot' } });
  const observed = observeLogger(logger, metrics, {
    creditsOf: (id) => getOperation(id)?.credits ?? 0,
  });
  const client = createAltumClient({
    ...(config.altum.baseUrl ? { baseUrl: config.altum.baseUrl } : {}),
    ...(options.altumRetry ? { retry: options.altumRetry } : {}),
    logger: observed,
    // Shared across instances, so a second instance answers a "Share" re-run from cache too.
    cache: store.responseCache,
  });
  const demo =
    config.altum.baseUrl !== undefined && !/^https:\/\/api\.altum\.ai\/?$/.test(config.altum.baseUrl);
  const runner = createChatRunner({
    client,
    store,
    logger: observed,
    deploymentKey: config.altum.apiKey,
    defaultLocale: config.defaultLocale,
    demo,
  });
  const shutdown = createGracefulShutdown({ logger, deadlineMs: options.shutdownDeadlineMs ?? 20_000 });
  const opsRoutes = createOpsRoutes({
    metrics,
    draining: () => shutdown.draining,
    // One indexed read: proves the store answers without touching anything a user owns.
    checks: { store: () => store.settings.getTeamSettings({ platform: 'slack', teamId: 'readyz' }) },
  });
  const slack = createSlackApp({
    config,
    runner,
    store,
    logger,
    opsRoutes,
    ...(options.slackClientOptions ? { clientOptions: options.slackClientOptions } : {}),
  });
  // Bolt resolves next() only after every listener finished, post-ack work included (App#processEvent
  // awaits all listener promises inside the middleware chain), so this tracks each reply to the end.
  slack.app.use(async ({ next }) => {
    await shutdown.track(next());
  });
  shutdown.addServer(slack.server);
  shutdown.addResource('slack', () => slack.stop());
  shutdown.addResource('altum client', () => client.close());
  shutdown.addResource('store', () => store.close());

  return {
    slack,
    store,
    metrics,
    shutdown,
    start: (port = config.port, host) => slack.start(port, host),
  };
}
