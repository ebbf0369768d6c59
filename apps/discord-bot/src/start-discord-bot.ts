import type { Server } from 'node:http';
import { createBatchService, DEFAULT_BATCH_LIMITS } from '@altum-chat/chat';
import {
  createGracefulShutdown,
  createLogger,
  createOpsRoutes,
  createOpsServer,
  type GracefulShutdown,
  type Metrics,
  publicMetrics,
  registerSecret,
  startMetricsServer,
} from '@altum-chat/ops';
import { createChatBackend, sharedSecrets } from '@altum-chat/runtime';
import type { DestinationStream, Logger as PinoLogger } from 'pino';
import { createDiscordBatch, type DiscordBatch } from './batch/discord-batch.ts';
import { DISCORD_CDN_ORIGINS } from './batch/download-attachment.ts';
import type { DiscordConfig } from './config.ts';
import { createGatewayBot, createHttpBot, type DiscordBotDeps } from './create-discord-bot.ts';
import { createDiscordRest } from './create-rest.ts';
import { trackShardReadiness } from './gateway/shard-readiness.ts';
import { createGateway, type ShardedGateway } from './gateway/sharded-gateway.ts';

/** Test seams; production (`main.ts`) passes none. */
export interface StartDiscordBotOptions {
  /** Where log lines go (default stdout). */
  readonly destination?: DestinationStream;
  /** Gateway mode: the gateway to connect (default: @discordjs/ws shards to Discord); tests pass a fake. */
  readonly gateway?: ShardedGateway;
  /** Shutdown deadline for in-flight interactions (default 20 s, inside Kubernetes' 30 s grace). */
  readonly shutdownDeadlineMs?: number;
}

/** A started bot: the server on `port` (interactions + ops, or ops only in gateway mode) and its parts. */
export interface RunningDiscordBot {
  readonly server: Server;
  readonly port: number;
  readonly shutdown: GracefulShutdown;
  readonly metrics: Metrics;
  readonly logger: PinoLogger;
  /** The port of the metrics listener (METRICS_PORT), if /metrics has one of its own. */
  readonly metricsPort: number | undefined;
  /** Gateway mode only: the connected gateway. */
  readonly gateway: ShardedGateway | undefined;
}

/**
 * Composition: config → redacting logger → metrics → store → Altum client → chat runner → gateway
 * shards or HTTP interactions endpoint, with /healthz, /readyz, /metrics and graceful shutdown.
 * Shutdown order: stop accepting → finish interactions (final edits) → Discord → Altum client → store.
 */
export async function startDiscordBot(
  config: DiscordConfig,
  options: StartDiscordBotOptions = {},
): Promise<RunningDiscordBot> {
  // Scrubbed from every log line, whatever path they take. The public key is not a secret.
  for (const secret of [config.discord.token, ...sharedSecrets(config)]) registerSecret(secret);
  const logger = createLogger({
    level: config.logLevel,
    base: { app: 'discord-bot' },
    ...(options.destination ? { destination: options.destination } : {}),
  });
  const shutdown = createGracefulShutdown({ logger, deadlineMs: options.shutdownDeadlineMs ?? 20_000 });
  const { store, client, runner, addresses, metrics, demo, close } = await createChatBackend(config, {
    app: 'discord-bot',
    logger,
  });
  const rest = createDiscordRest({ token: config.discord.token, apiUrl: config.discord.apiUrl });
  const limits = config.batch ?? DEFAULT_BATCH_LIMITS;
  // The batch service delivers through the Discord side, built right after it: bound late.
  let deliver: DiscordBatch['deliver'] = async () => {};
  const batchService = createBatchService({
    store,
    client,
    runner,
    addresses,
    deploymentKey: config.altum.apiKey,
    logger,
    demo,
    defaultLocale: config.defaultLocale,
    limits,
    onEvent: (event) => deliver(event),
  });
  const batch = createDiscordBatch({
    service: batchService,
    runner,
    maxBytes: limits.maxBytes,
    cdnOrigins: config.discord.cdnOrigins
      ? [...DISCORD_CDN_ORIGINS, ...config.discord.cdnOrigins]
      : DISCORD_CDN_ORIGINS,
    rest,
    logger,
  });
  deliver = batch.deliver;

  const deps: DiscordBotDeps = {
    runner,
    addresses,
    store,
    logger,
    defaultLocale: config.defaultLocale,
    track: (work) => shutdown.track(work),
    batch,
  };
  const checks: Record<string, () => unknown> = {
    // One indexed read: proves the database answers without costing anything.
    store: () => store.settings.getTeamSettings({ platform: 'discord', teamId: 'readyz' }),
  };
  // /metrics never answers unauthenticated on this public port (METRICS_PORT or METRICS_TOKEN).
  const opsOptions = { ...publicMetrics(metrics, config.metrics), checks, draining: () => shutdown.draining };
  const ops = createOpsRoutes(opsOptions);

  let server: Server;
  let gateway: ShardedGateway | undefined;
  let connect: (() => Promise<number[]>) | undefined;
  if (config.discord.mode === 'http') {
    const bot = createHttpBot({ ...deps, rest, publicKeyHex: config.discord.publicKey ?? '', routes: ops });
    server = bot.server;
    shutdown.addResource('interactions', () => bot.idle());
  } else {
    const shards: ShardedGateway =
      options.gateway ??
      createGateway({
        token: config.discord.token ?? '',
        rest,
        shardCount: config.discord.shardCount,
        shardIds: config.discord.shardIds,
      });
    gateway = shards;
    const readiness = trackShardReadiness(shards);
    checks.gateway = () => readiness.check();
    const bot = createGatewayBot({ ...deps, gateway: shards, rest });
    server = createOpsServer(opsOptions);
    shutdown.addResource('interactions', () => bot.idle());
    shutdown.addResource('gateway', async () => {
      await shards.destroy();
    });
    connect = async () => {
      const ids = await shards.getShardIds();
      readiness.expect(ids);
      await shards.connect();
      return ids;
    };
  }
  shutdown.addServer(server);
  shutdown.addResource('batch jobs', () => batchService.stop(10_000));
  shutdown.addResource('altum client and store', close);

  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const metricsServer = await startMetricsServer(metrics, config.metrics);
  if (metricsServer) shutdown.addServer(metricsServer.server);
  const shards = await connect?.();
  // Jobs that were running when the last instance stopped resume here.
  await batchService.start();
  logger.info(
    {
      mode: config.discord.mode,
      port,
      ...(metricsServer ? { metricsPort: metricsServer.port } : {}),
      demo,
      ...(shards ? { shards } : {}),
    },
    config.discord.mode === 'http'
      ? 'altum discord bot listening (http)'
      : 'altum discord bot connected (gateway)',
  );
  return { server, port, metricsPort: metricsServer?.port, shutdown, metrics, logger, gateway };
}
