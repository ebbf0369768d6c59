import { type AddressResolver, createAddressResolver, DEFAULT_PDOK_URL } from '@altum-chat/address';
import { type ChatRunner, createChatRunner } from '@altum-chat/chat';
import {
  type AltumClient,
  type AltumClientOptions,
  createAltumClient,
  createEventHub,
  DEFAULT_BASE_URL,
  type EventHub,
  type Logger,
} from '@altum-chat/core';
import { createMetrics, type Metrics } from '@altum-chat/ops';
import { openStore, type Store } from '@altum-chat/store';
import { type ChatBackendEvents, feedMetrics } from './feed-metrics.ts';
import type { SharedConfig } from './shared-env.ts';

export interface ChatBackendOptions {
  /** Label on every metric, e.g. `slack-bot`. */
  readonly app: string;
  /** The app's redacting logger (`@altum-chat/ops` createLogger, secrets registered). */
  readonly logger: Logger;
  /** Tests: no retries against the fake Altum. */
  readonly altumRetry?: AltumClientOptions['retry'];
}

/** What a bot's adapter needs from the platform-neutral side. */
export interface ChatBackend {
  readonly store: Store;
  readonly client: AltumClient;
  readonly runner: ChatRunner;
  /**
   * Free address look-ups on PDOK Locatieserver (`PDOK_LOCATIESERVER_URL`), the one resolver the
   * runner uses too: autocomplete, link unfurls and message look-ups call it directly.
   */
  readonly addresses: AddressResolver;
  readonly metrics: Metrics;
  /** The client's and runner's typed events (calls, commands, budget refusals); metrics already subscribe. */
  readonly events: EventHub<ChatBackendEvents>;
  /** Answers come from somewhere other than production Altum (sandbox, fake): replies say so. */
  readonly demo: boolean;
  /** Closes the clients, then the store; call after the adapter stopped. */
  close(): Promise<void>;
}

/** Whether a base URL is anything but Altum's production API. */
export function isDemoBaseUrl(baseUrl: string | undefined): boolean {
  return baseUrl !== undefined && baseUrl.replace(/\/+$/, '') !== DEFAULT_BASE_URL.replace(/\/+$/, '');
}

/**
 * store → Altum client (sharing the store's response cache across instances) → chat runner, with
 * metrics fed from the client's and runner's typed events (`feedMetrics`). Both bots compose exactly this.
 */
export async function createChatBackend(
  config: SharedConfig,
  options: ChatBackendOptions,
): Promise<ChatBackend> {
  const { logger } = options;
  const store = await openStore({
    databaseUrl: config.store.databaseUrl,
    dataDir: config.store.dataDir,
    masterKey: config.store.masterKey,
    previousMasterKeys: config.store.previousMasterKeys,
    logger,
  });
  const metrics = createMetrics({ defaultLabels: { app: options.app } });
  const events = createEventHub<ChatBackendEvents>();
  feedMetrics(events, metrics);
  const client = createAltumClient({
    ...(config.altum.baseUrl ? { baseUrl: config.altum.baseUrl } : {}),
    ...(options.altumRetry ? { retry: options.altumRetry } : {}),
    logger,
    events,
    // Shared across instances, so a second instance answers a repeat from cache too.
    cache: store.responseCache,
  });
  const demo = isDemoBaseUrl(config.altum.baseUrl);
  const addresses = createAddressResolver({
    baseUrl: config.address?.pdokUrl ?? DEFAULT_PDOK_URL,
    // PDOK answers are shared like Altum's, so another instance does not ask again.
    cache: store.responseCache,
  });
  const runner = createChatRunner({
    client,
    addresses,
    store,
    logger,
    events,
    deploymentKey: config.altum.apiKey,
    dmDailyCredits: config.limits?.dmDailyCredits,
    commandsPerMinute: config.limits?.commandsPerMinute ?? 0,
    defaultLocale: config.defaultLocale,
    demo,
  });
  return {
    store,
    client,
    runner,
    addresses,
    metrics,
    events,
    demo,
    async close() {
      await Promise.all([client.close(), addresses.close()]);
      await store.close();
    },
  };
}
