import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AddressResolver } from '@altum-chat/address';
import type { BatchEvent, BatchService, ChatRunner } from '@altum-chat/chat';
import type { Logger } from '@altum-chat/core';
import { createOpsRoutes } from '@altum-chat/ops';
import type { Store } from '@altum-chat/store';
import {
  App,
  AuthorizationError,
  HTTPReceiver,
  type Installation,
  type InstallationStore,
  webApi,
} from '@slack/bolt';
import { registerAckUnhandled } from './adapter/ack-unhandled.ts';
import { registerActions } from './adapter/action-listeners.ts';
import { registerAddressLookups } from './adapter/address-listeners.ts';
import { createSlackBatchDelivery, registerBatch } from './adapter/batch-listener.ts';
import { registerBatchModal } from './adapter/batch-modal-listeners.ts';
import { boltLogger } from './adapter/bolt-logger.ts';
import { registerCommand } from './adapter/command-listener.ts';
import type { HandlerDeps } from './adapter/handler-deps.ts';
import { registerHome } from './adapter/home-listener.ts';
import { createPostAckQueue, type PostAckQueueOptions } from './adapter/post-ack-queue.ts';
import { createRecentPreferences } from './adapter/recent-preferences.ts';
import { refuseForeignResponseUrls } from './adapter/refuse-foreign-urls.ts';
import { singleWorkspaceAuthorize } from './adapter/single-workspace-authorize.ts';
import { refuseWithoutTenant } from './adapter/tenant.ts';
import { registerViews } from './adapter/view-listeners.ts';
import { createChartSigner } from './charts/chart-id.ts';
import { createChartPublisher } from './charts/chart-publisher.ts';
import { createChartStore } from './charts/chart-store.ts';
import type { SlackConfig } from './config.ts';
import { createHttpServer, EVENTS_PATH, type HttpServerDeps } from './http/create-http-server.ts';
import { withImageFallback } from './http/image-fallback-fetch.ts';
import { MAX_BODY_BYTES } from './http/read-raw-body.ts';
import { createResponseUrlPolicy } from './http/response-url-policy.ts';
import { oneTimeStateStore } from './oauth/one-time-state-store.ts';

/** Bot scopes the app asks for; keep in step with manifest.yml. */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'users:read',
  'im:history',
  'im:write',
  'files:read',
  'files:write',
  'links:read',
  'links:write',
] as const;

export interface SlackAppDeps {
  readonly config: Pick<SlackConfig, 'slack' | 'publicUrl' | 'defaultLocale'>;
  readonly runner: ChatRunner;
  readonly store: Pick<
    Store,
    'settings' | 'keys' | 'usage' | 'slackInstallations' | 'responseCache' | 'once'
  >;
  readonly logger: Logger;
  /** Extra Web API client options; tests pass `{ retryConfig: { retries: 0 } }`. */
  readonly clientOptions?: webApi.WebClientOptions;
  readonly now?: () => number;
  /** /healthz, /readyz, /metrics in front of the app's routes; default: liveness and an always-ready /readyz. */
  readonly opsRoutes?: HttpServerDeps['opsRoutes'];
  /** PDOK look-ups (the backend's `addresses`): listing-link unfurls and the "Look up address" shortcut. */
  readonly addresses?: AddressResolver;
  /** Portfolios: the batch service (files shared in a DM with the app); off when absent. */
  readonly batch?: { readonly service: BatchService; readonly maxBytes: number };
  /** HTTP server limits against slow clients (see `serverOptions` in @altum-chat/ops). */
  readonly timeouts?: HttpServerDeps['timeouts'];
  /** How the work after each ack is paced (see `post-ack-queue.ts`); the defaults suit production. */
  readonly postAck?: PostAckQueueOptions;
  /** Told when Slack refused a reply for its images and it went out again without them (a metric). */
  readonly onImagesRefused?: () => void;
}

export interface SlackApp {
  readonly app: App;
  /** The HTTP server (events in HTTP mode; ops routes and charts in both modes); listening after `start`. */
  readonly server: Server;
  readonly mode: 'http' | 'socket';
  /** Starts listening; returns the bound port (pass 0 in tests). */
  start(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
  /** Posts a batch job's progress and results in its DM (the batch service's `onEvent`). */
  deliverBatch(event: BatchEvent): Promise<void>;
}

/**
 * Bolt's installation store over ours: the store seals each installation (tokens included) and
 * returns what it was given, so the shapes line up. https://docs.slack.dev/tools/bolt-js/concepts/authenticating-oauth
 */
function installationStore(store: SlackAppDeps['store']): InstallationStore {
  return {
    storeInstallation: (installation) => store.slackInstallations.storeInstallation(installation),
    fetchInstallation: async (query) =>
      (await store.slackInstallations.fetchInstallation(query)) as Installation<'v1' | 'v2', boolean>,
    deleteInstallation: (query) => store.slackInstallations.deleteInstallation(query),
  };
}

/** Builds the Bolt app with our listeners and HTTP server; `main.ts` and the tests call it. */
export function createSlackApp(deps: SlackAppDeps): SlackApp {
  const { slack } = deps.config;
  const logger = boltLogger(deps.logger);
  // Every message to Slack (response_url and Web API) goes through this fetch: a reply Slack refuses
  // because it cannot load a chart is sent again without the chart, logged and counted.
  const slackFetch = withImageFallback(globalThis.fetch, (status) => {
    deps.logger.warn({ status }, 'slack refused a reply for its images; sent again without them');
    deps.onImagesRefused?.();
  });
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: { retries: 2 },
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
    ...deps.clientOptions,
    fetch: slackFetch,
  };
  const { signingSecret, appToken } = slack;
  // Chart URLs are signed with a key derived from a secret the app has in either mode (Socket Mode needs no signing secret).
  const chartSecret = signingSecret ?? appToken;
  if (chartSecret === undefined) throw new Error('HTTP mode needs SLACK_SIGNING_SECRET');
  const charts = {
    signer: createChartSigner(chartSecret),
    store: createChartStore({ shared: deps.store.responseCache }),
  };
  const socket = appToken !== undefined;
  const receiver =
    socket || signingSecret === undefined
      ? undefined
      : new HTTPReceiver({
          signingSecret,
          endpoints: EVENTS_PATH,
          signatureVerification: true,
          // Bolt 5's own cap (default 4 MB), set to ours: our server refuses larger bodies before reading
          // them (413), and Bolt would refuse the same size if a body ever reached it unbuffered.
          bodyLimit: MAX_BODY_BYTES,
          processBeforeResponse: false,
          logger,
          // A signed body Bolt could not process is a malformed request, never a server fault: no 500.
          processEventErrorHandler: async ({ error, response }) => {
            deps.logger.warn({ error: error.name }, 'slack request bolt could not process');
            if (!response.headersSent) {
              response.writeHead(error instanceof AuthorizationError ? 401 : 400);
              response.end();
            }
            // true only stops Bolt's no-ack timer; the response is already settled above.
            return true;
          },
          ...(slack.oauth
            ? {
                clientId: slack.oauth.clientId,
                clientSecret: slack.oauth.clientSecret,
                stateSecret: slack.oauth.stateSecret,
                scopes: [...BOT_SCOPES],
                installationStore: installationStore(deps.store),
                installerOptions: {
                  directInstall: true,
                  stateStore: oneTimeStateStore(deps.store.once),
                  ...(slack.apiUrl ? { clientOptions: { slackApiUrl: slack.apiUrl } } : {}),
                },
              }
            : {}),
        });
  const app = new App({
    logger,
    clientOptions,
    convoStore: false,
    ...(receiver ? { receiver } : {}),
    ...(slack.appToken === undefined ? {} : { socketMode: true, appToken: slack.appToken }),
    ...(slack.oauth || slack.botToken === undefined
      ? {}
      : {
          authorize: singleWorkspaceAuthorize(new webApi.WebClient(undefined, clientOptions), slack.botToken),
        }),
  });
  // A team's bot token: the configured one, or the one sealed in its OAuth installation.
  const clientFor = async (teamId: string): Promise<webApi.WebClient | undefined> => {
    if (slack.botToken) return new webApi.WebClient(slack.botToken, clientOptions);
    const installation = await deps.store.slackInstallations
      .fetchInstallation({ teamId, isEnterpriseInstall: false })
      .catch(() => undefined);
    const token = (installation as { bot?: { token?: string } } | undefined)?.bot?.token;
    return token ? new webApi.WebClient(token, clientOptions) : undefined;
  };
  const batchDeps = deps.batch ? { ...deps.batch, clientFor } : undefined;
  const responseUrls = createResponseUrlPolicy(slack.responseUrlOrigins);
  const handlerDeps: HandlerDeps = {
    responseUrls,
    slackFetch,
    runner: deps.runner,
    store: deps.store,
    charts: createChartPublisher({ publicUrl: deps.config.publicUrl, ...charts }),
    defaultLocale: deps.config.defaultLocale,
    logger: deps.logger,
    recentPreferences: createRecentPreferences(),
    postAck: createPostAckQueue(deps.postAck),
    ...(batchDeps ? { batch: batchDeps } : {}),
    addresses: deps.addresses,
  };
  const deliverBatch = createSlackBatchDelivery(handlerDeps, { clientFor });
  registerAckUnhandled(app);
  const warn = (fields: Record<string, unknown>, message: string) => deps.logger.warn(fields, message);
  app.use(refuseWithoutTenant(deps.config.defaultLocale, warn));
  app.use(refuseForeignResponseUrls(responseUrls, warn));
  registerCommand(app, handlerDeps);
  registerActions(app, handlerDeps);
  registerViews(app, handlerDeps);
  registerHome(app, handlerDeps);
  registerAddressLookups(app, handlerDeps);
  if (batchDeps) {
    registerBatch(app, handlerDeps, batchDeps);
    registerBatchModal(app, handlerDeps, batchDeps);
  }
  app.error(async (error) => {
    deps.logger.error({ error: error.name, code: error.code }, 'slack listener failed');
  });

  const server = createHttpServer({
    signingSecret,
    boltListener: receiver?.requestListener,
    charts,
    logger: deps.logger,
    opsRoutes: deps.opsRoutes ?? createOpsRoutes(),
    ...(deps.timeouts ? { timeouts: deps.timeouts } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  });

  return {
    app,
    server,
    mode: socket ? 'socket' : 'http',
    deliverBatch,
    async start(port, host) {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      if (socket) await app.start();
      return (server.address() as AddressInfo).port;
    },
    async stop() {
      if (socket) await app.stop();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
