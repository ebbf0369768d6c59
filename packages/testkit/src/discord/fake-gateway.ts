import { EventEmitter } from 'node:events';
import {
  type ApplicationFlags,
  GatewayDispatchEvents,
  type GatewayDispatchPayload,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
  type GatewaySendPayload,
} from 'discord-api-types/v10';

export interface FakeGatewayOptions {
  /** Total shards (default 1). */
  readonly shardCount?: number;
  /** The shards this fake runs (default all of `shardCount`). */
  readonly shardIds?: readonly number[];
  /** Whether `connect()` brings every shard up with READY (default true). */
  readonly readyOnConnect?: boolean;
}

/**
 * A stand-in for @discordjs/ws's `WebSocketManager` without a socket: it emits the manager's events
 * under the same names with the shard id last (`dispatch`, `ready`, `resumed`, `closed`), so a bot
 * under test sees what it would see from Discord's gateway, raw JSON included.
 * https://discord.com/developers/docs/events/gateway
 */
export class FakeGateway extends EventEmitter {
  readonly shardCount: number;
  readonly shardIds: readonly number[];
  /** What the bot sent over the gateway (presence updates and the like). */
  readonly sent: { readonly shardId: number; readonly payload: GatewaySendPayload }[] = [];
  connects = 0;
  destroyed = false;
  readonly #readyOnConnect: boolean;
  #sequence = 0;

  constructor(options: FakeGatewayOptions = {}) {
    super();
    this.shardCount = options.shardCount ?? 1;
    this.shardIds = options.shardIds ?? Array.from({ length: this.shardCount }, (_, id) => id);
    this.#readyOnConnect = options.readyOnConnect ?? true;
  }

  async getShardIds(): Promise<number[]> {
    return [...this.shardIds];
  }

  async getShardCount(): Promise<number> {
    return this.shardCount;
  }

  send(shardId: number, payload: GatewaySendPayload): void {
    this.sent.push({ shardId, payload });
  }

  async connect(): Promise<void> {
    this.connects += 1;
    if (this.#readyOnConnect) for (const id of this.shardIds) this.ready(id);
  }

  destroy(): void {
    this.destroyed = true;
    for (const id of this.shardIds) this.emit('closed', 1000, id);
  }

  /** Discord's shard for a guild (`(guild_id >> 22) % shards`); DMs arrive on shard 0. */
  shardFor(guildId: string | undefined): number {
    return guildId ? Number((BigInt(guildId) >> 22n) % BigInt(this.shardCount)) : 0;
  }

  /** Delivers an INTERACTION_CREATE dispatch with `data` as its `d`, on the guild's shard unless told. */
  dispatchInteraction(data: unknown, shardId?: number): void {
    const guildId =
      typeof data === 'object' && data !== null ? (data as { guild_id?: unknown }).guild_id : undefined;
    const shard = shardId ?? this.shardFor(typeof guildId === 'string' ? guildId : undefined);
    const payload = {
      op: GatewayOpcodes.Dispatch,
      t: GatewayDispatchEvents.InteractionCreate,
      s: ++this.#sequence,
      d: data,
    } as GatewayDispatchPayload;
    this.emit('dispatch', payload, shard);
  }

  /** The shard identified: READY. */
  ready(shardId: number): void {
    const data: GatewayReadyDispatchData = {
      v: 10,
      user: { id: '300', username: 'altum', discriminator: '0', global_name: null, avatar: null, bot: true },
      guilds: [],
      session_id: `session-${shardId}`,
      resume_gateway_url: 'wss://gateway.discord.test',
      shard: [shardId, this.shardCount],
      application: { id: '300', flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.emit('ready', data, shardId);
  }

  /** The shard's connection closed (default 1006, abnormal: it will resume). */
  close(shardId: number, code = 1006): void {
    this.emit('closed', code, shardId);
  }

  /** The shard resumed its session after a close. */
  resume(shardId: number): void {
    this.emit('resumed', shardId);
  }

  /** Discord refused the session (an invalid token, say); the manager reports it as an `error` event. */
  fail(shardId: number, error: Error): void {
    this.emit('error', error, shardId);
  }
}
