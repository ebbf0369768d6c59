import { createBatchService, DEFAULT_BATCH_LIMITS } from '@altum-chat/chat';
import type { AltumClientOptions, Logger } from '@altum-chat/core';
import {
  createGracefulShutdown,
  createOpsRoutes,
  type GracefulShutdown,
  type Metrics,
  publicMetrics,
  startMetricsServer,
} from '@altum-chat/ops';
import { createChatBackend, sharedSecrets } from '@altum-chat/runtime';
import type { Store } from '@altum-chat/store';
import type { webApi } from '@slack/bolt';
import type { SlackConfig } from './config.ts';
import { createSlackApp, type SlackApp } from './create-slack-app.ts';
import { createSlackAuthCheck, type SlackAuthCheck } from './ops/slack-auth-check.ts';

export interface SlackServiceOptions {
  /** The app's logger (`@altum-chat/ops` createLogger, secrets registered). */
  readonly logger: Logger;
  /** How long shutdown waits for replies still running (default 20 s, inside Kubernetes' 30 s grace). */
  readonly shutdownDeadlineMs?: number;
  /** Tests: `{ retryConfig: { retries: 0 } }`. */
  readonly slackClientOptions?: webApi.WebClientOptions;
  /** Tests: no retries against the fake Altum. */
  readonly altumRetry?: AltumClientOptions['retry'];
  /** How often the bot token is proven again for /readyz (default 60 s). */
  readonly authCheckIntervalMs?: number;
}

/** Everything `main.ts` runs, wired; nothing listens until `start`. */
export interface SlackService {
  readonly slack: SlackApp;
  readonly store: Store;
  readonly metrics: Metrics;
  readonly shutdown: GracefulShutdown;
  /** Starts listening on `config.port` (or `port`), and the metrics listener if METRICS_PORT is set; returns the bound port. */
  start(port?: number, host?: string): Promise<number>;
  /** The metrics listener's port once started, if METRICS_PORT placed /metrics on a port of its own. */
  metricsPort(): number | undefined;
}

/** Every secret in the config, for `registerSecret` before the first log line. */
export function configSecrets(config: SlackConfig): (string | undefined)[] {
  return [
    config.slack.signingSecret,
    config.slack.botToken,
    config.slack.appToken,
    config.slack.oauth?.clientSecret,
    config.slack.oauth?.stateSecret,
    ...sharedSecrets(config),
  ];
}

/**
 * The composition: store → Altum client → chat runner → Bolt app, with metrics fed from the runner's
 * and client's log lines, /healthz /readyz /metrics in front of the app's routes, and a graceful
 * shutdown that drains requests and post-ack work, then closes slack → client → store. The
 * platform-neutral part (store, client, runner, metrics) is @altum-chat/runtime's chat backend.
 */
export async function createSlackService(
  config: SlackConfig,
  options: SlackServiceOptions,
): Promise<SlackService> {
  const { logger } = options;
  const backend = await createChatBackend(config, {
    app: 'slack-bot',
    logger,
    ...(options.altumRetry ? { altumRetry: options.altumRetry } : {}),
  });
  const { store, runner, metrics } = backend;
  const shutdown = createGracefulShutdown({ logger, deadlineMs: options.shutdownDeadlineMs ?? 20_000 });
  let authCheck: SlackAuthCheck | undefined;
  const opsRoutes = createOpsRoutes({
    // /metrics never answers unauthenticated on this public port (METRICS_PORT or METRICS_TOKEN).
    ...publicMetrics(metrics, config.metrics),
    draining: () => shutdown.draining,
    checks: {
      // One indexed read: proves the store answers without touching anything a user owns.
      store: () => store.settings.getTeamSettings({ platform: 'slack', teamId: 'readyz' }),
      // Single workspace: ready only while Slack accepts the bot token (OAuth has one token per workspace).
      ...(config.slack.botToken === undefined ? {} : { slack: () => authCheck?.readiness() ?? false }),
    },
  });
  // The batch service delivers through the Slack app, which is built next: bound late.
  let deliver: SlackApp['deliverBatch'] = async () => {};
  const batch = createBatchService({
    store,
    client: backend.client,
    runner,
    deploymentKey: config.altum.apiKey,
    logger,
    demo: backend.demo,
    defaultLocale: config.defaultLocale,
    addresses: backend.addresses,
    limits: config.batch ?? DEFAULT_BATCH_LIMITS,
    onEvent: (event) => deliver(event),
  });
  const slack = createSlackApp({
    config,
    runner,
    addresses: backend.addresses,
    store,
    logger,
    batch: { service: batch, maxBytes: (config.batch ?? DEFAULT_BATCH_LIMITS).maxBytes },
    opsRoutes,
    ...(options.slackClientOptions ? { clientOptions: options.slackClientOptions } : {}),
    onImagesRefused: () => metrics.replyDegraded({ platform: 'slack', reason: 'images_refused' }),
  });
  // Bolt resolves next() only after every listener finished, post-ack work included (App#processEvent
  // awaits all listener promises inside the middleware chain), so this tracks each reply to the end.
  slack.app.use(async ({ next }) => {
    await shutdown.track(next());
  });
  if (config.slack.botToken !== undefined) {
    authCheck = createSlackAuthCheck(slack.app.client, config.slack.botToken, options.authCheckIntervalMs);
    const check = authCheck;
    shutdown.addResource('slack auth check', async () => check.stop());
  }
  deliver = slack.deliverBatch;
  shutdown.addServer(slack.server);
  shutdown.addResource('batch jobs', () => batch.stop(10_000));
  shutdown.addResource('slack', () => slack.stop());
  shutdown.addResource('altum client and store', () => backend.close());

  let metricsPort: number | undefined;
  return {
    slack,
    store,
    metrics,
    shutdown,
    async start(port = config.port, host) {
      const bound = await slack.start(port, host);
      const own = await startMetricsServer(metrics, config.metrics);
      if (own) {
        shutdown.addServer(own.server);
        metricsPort = own.port;
      }
      // Not awaited: a slow Slack must not delay listening; /readyz stays 503 until auth.test passes.
      void authCheck?.start();
      // Jobs that were running when the last instance stopped resume here.
      await batch.start();
      return bound;
    },
    metricsPort: () => metricsPort,
  };
}
