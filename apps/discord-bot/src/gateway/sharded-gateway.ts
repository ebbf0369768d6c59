import type { REST } from '@discordjs/rest';
import { type ManagerShardEventsMap, WebSocketManager, type WebSocketShardEvents } from '@discordjs/ws';
import type { GatewaySendPayload } from 'discord-api-types/v10';

/** The shard events the bot listens to; each listener gets the shard id last. */
export type ShardEvents = Pick<
  ManagerShardEventsMap,
  | WebSocketShardEvents.Dispatch
  | WebSocketShardEvents.Ready
  | WebSocketShardEvents.Resumed
  | WebSocketShardEvents.Closed
  | WebSocketShardEvents.Error
>;

/**
 * What the bot needs from the gateway: @discordjs/ws's `WebSocketManager` (all its shards in this
 * process) satisfies it, and tests hand in a fake that emits the same events without a socket.
 * It is also the `Gateway` @discordjs/core's `Client` reads dispatches from.
 */
export interface ShardedGateway {
  on<E extends keyof ShardEvents>(event: E, listener: (...args: ShardEvents[E]) => void): this;
  /** The shards this process runs (all of them unless `shardIds` picked a subset). */
  getShardIds(): Promise<number[]>;
  getShardCount(): Promise<number>;
  send(shardId: number, payload: GatewaySendPayload): void | PromiseLike<void>;
  /** Resolves once every shard is ready (READY or RESUMED). */
  connect(): Promise<void>;
  destroy(): void | PromiseLike<void>;
}

export interface GatewayOptions {
  readonly token: string;
  /** Reads GET /gateway/bot (the URL, the recommended shard count, identify concurrency). */
  readonly rest: REST;
  /** Total shards across every process; undefined = Discord's recommendation. */
  readonly shardCount?: number | undefined;
  /** The shards this process runs; undefined = all of them. */
  readonly shardIds?: readonly number[] | undefined;
}

/**
 * The real gateway: one WebSocket per shard, all in this process, delivering raw dispatch JSON.
 * Interactions arrive without any intent, so the bot asks for none (no guild or member events).
 * https://discord.com/developers/docs/events/gateway#sharding
 */
export function createGateway(options: GatewayOptions): ShardedGateway {
  return new WebSocketManager({
    token: options.token,
    rest: options.rest,
    intents: 0,
    shardCount: options.shardCount ?? null,
    shardIds: options.shardIds ? [...options.shardIds] : null,
  });
}
