import type { AddressResolver } from '@altum-chat/address';
import type { ChatRunner } from '@altum-chat/chat';
import type { Logger } from '@altum-chat/core';
import type { Store } from '@altum-chat/store';
import type { REST } from '@discordjs/rest';
import { createAddressAutocomplete } from './autocomplete/address-autocomplete.ts';
import { createAutosuggestLookup } from './autocomplete/autosuggest-lookup.ts';
import {
  createPostcodeAutocomplete,
  type PostcodeAutocompleteOptions,
} from './autocomplete/postcode-autocomplete.ts';
import type { DiscordBatch } from './batch/discord-batch.ts';
import { attachGateway, type GatewayBinding } from './gateway/attach-gateway.ts';
import type { ShardedGateway } from './gateway/sharded-gateway.ts';
import {
  createInteractionsServer,
  type InteractionsServer,
  type InteractionsServerDeps,
} from './http/interactions-server.ts';
import { createReplayGuard } from './http/replay-guard.ts';
import { createInteractionHandler, type InteractionHandler } from './interaction/create-handler.ts';
import type { Locale } from './locale.ts';

/** Everything the bot needs, built by main.ts from config (or by tests around the fakes). */
export interface DiscordBotDeps {
  readonly runner: ChatRunner;
  readonly store: Store;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  /** PDOK look-ups (the backend's `addresses`): the address option's autocomplete and "Look up address". */
  readonly addresses?: AddressResolver;
  /** PDOK's deadline inside Discord's 3-second autocomplete window (default 1,500 ms). */
  readonly addressDeadlineMs?: number;
  /** Postcode autocomplete tuning (deadline, debounce, hourly allowance); tests shorten the debounce. */
  readonly autocomplete?: Partial<Omit<PostcodeAutocompleteOptions, 'lookup' | 'logger'>>;
  /** Registers each interaction's work with graceful shutdown (`shutdown.track`). */
  readonly track?: <T>(work: Promise<T>) => Promise<T>;
  /** Portfolios: `/altum batch` and its buttons (start-discord-bot.ts builds it on the batch service). */
  readonly batch?: DiscordBatch;
}

/** The one interaction-handling core; both transports below wrap it. */
export function createDiscordHandler(deps: DiscordBotDeps): InteractionHandler {
  const lookup = createAutosuggestLookup(deps.runner);
  return createInteractionHandler({
    runner: deps.runner,
    autocomplete: createPostcodeAutocomplete({ ...deps.autocomplete, lookup, logger: deps.logger }),
    addressAutocomplete: createAddressAutocomplete({
      addresses: deps.addresses,
      logger: deps.logger,
      ...(deps.addressDeadlineMs === undefined ? {} : { deadlineMs: deps.addressDeadlineMs }),
    }),
    addresses: deps.addresses,
    batch: deps.batch,
    logger: deps.logger,
    defaultLocale: deps.defaultLocale,
  });
}

/**
 * Gateway transport: interactions from the gateway's shards (connected by start-discord-bot.ts, or a
 * fake in tests), answered over `rest` like HTTP mode's edits.
 */
export function createGatewayBot(
  deps: DiscordBotDeps & { readonly gateway: ShardedGateway; readonly rest: REST },
): GatewayBinding {
  return attachGateway({
    gateway: deps.gateway,
    rest: deps.rest,
    handler: createDiscordHandler(deps),
    logger: deps.logger,
    ...(deps.track ? { track: deps.track } : {}),
  });
}

/** HTTP transport: the signed interactions endpoint; edits go through `rest` (pointed at DISCORD_API_URL). */
export function createHttpBot(
  deps: DiscordBotDeps & {
    readonly rest: REST;
    readonly publicKeyHex: string;
    /** Mounted before the interactions path (the ops routes: /healthz, /readyz, /metrics). */
    readonly routes?: InteractionsServerDeps['routes'];
    /** Slow-client limits (defaults in `serverOptions`); tests shorten them. */
    readonly timeouts?: InteractionsServerDeps['timeouts'];
  },
): InteractionsServer {
  return createInteractionsServer({
    publicKeyHex: deps.publicKeyHex,
    handler: createDiscordHandler(deps),
    rest: deps.rest,
    logger: deps.logger,
    defaultLocale: deps.defaultLocale,
    replay: createReplayGuard({ claim: (key, ttlMs) => deps.store.once.claim(key, ttlMs) }),
    ...(deps.routes ? { routes: deps.routes } : {}),
    ...(deps.timeouts ? { timeouts: deps.timeouts } : {}),
    ...(deps.track ? { track: deps.track } : {}),
  });
}
