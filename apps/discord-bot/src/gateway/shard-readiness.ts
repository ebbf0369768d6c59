import { WebSocketShardEvents } from '@discordjs/ws';
import type { ShardedGateway } from './sharded-gateway.ts';

export type GatewayReadiness = true | { readonly ready: false; readonly reason: string };

export interface ShardReadiness {
  /** Which shards must be up; until this is called the gateway counts as not connected. */
  expect(shardIds: readonly number[]): void;
  /** For /readyz: true when every expected shard is ready or resumed since it last closed. */
  check(): GatewayReadiness;
}

/**
 * Follows each shard's READY/RESUMED and close events: a shard that is reconnecting or resuming
 * receives no interactions, so the instance is not ready until every one of its shards is back.
 */
export function trackShardReadiness(gateway: ShardedGateway): ShardReadiness {
  const up = new Set<number>();
  let expected: readonly number[] | undefined;
  gateway.on(WebSocketShardEvents.Ready, (_data, shardId) => up.add(shardId));
  gateway.on(WebSocketShardEvents.Resumed, (shardId) => up.add(shardId));
  gateway.on(WebSocketShardEvents.Closed, (_code, shardId) => up.delete(shardId));
  return {
    expect(shardIds) {
      expected = [...shardIds];
    },
    check() {
      const down = (expected ?? []).filter((id) => !up.has(id));
      if (!expected || down.length === expected.length)
        return { ready: false, reason: 'discord gateway not connected' };
      if (down.length > 0)
        return { ready: false, reason: `discord gateway shards not ready: ${down.join(', ')}` };
      return true;
    },
  };
}
