import { createReferenceId } from '@altum-chat/chat';
import type { Logger } from '@altum-chat/core';
import { Client, GatewayDispatchEvents, type ToEventProps } from '@discordjs/core';
import type { REST } from '@discordjs/rest';
import { WebSocketShardEvents } from '@discordjs/ws';
import type { InteractionHandler } from '../interaction/create-handler.ts';
import { readApiInteraction } from '../interaction/from-api.ts';
import { callbackAck, createRestResponder } from '../interaction/rest-responder.ts';
import type { ShardedGateway } from './sharded-gateway.ts';

export interface GatewayBinding {
  /** Resolves when every interaction received so far has been answered (for tests and shutdown). */
  idle(): Promise<void>;
  detach(): void;
}

export interface AttachGatewayDeps {
  readonly gateway: ShardedGateway;
  /** Carries the ack (POST …/callback) and every edit, exactly as in HTTP mode. */
  readonly rest: REST;
  readonly handler: InteractionHandler;
  readonly logger: Logger;
  /** Registers each interaction's work with graceful shutdown. */
  readonly track?: <T>(work: Promise<T>) => Promise<T>;
}

/**
 * Gateway mode: @discordjs/core routes each shard's INTERACTION_CREATE dispatch (raw JSON) here; it
 * is read with the HTTP endpoint's schema and answered through the same REST responder. A packet the
 * schema refuses is logged with a reference and dropped. No collectors: buttons and selects carry
 * stateless ids, so any process (or shard) can answer them.
 */
export function attachGateway(deps: AttachGatewayDeps): GatewayBinding {
  const { logger, rest } = deps;
  const client = new Client({ rest, gateway: deps.gateway });
  const running = new Set<Promise<void>>();

  const receive = (data: unknown, shardId: number): Promise<void> | undefined => {
    const read = readApiInteraction(data);
    if (read.kind === 'malformed') {
      logger.error(
        { ref: createReferenceId(), reason: 'malformed', shard: shardId },
        'gateway interaction dropped',
      );
      return undefined;
    }
    // A PING only comes over HTTP; newer interaction types are not ours.
    if (read.kind !== 'interaction') return undefined;
    const { event } = read;
    return deps.handler(event, createRestResponder(event.meta, rest, callbackAck(event.meta, rest)));
  };

  const listener = ({ data, shardId }: ToEventProps<unknown>): void => {
    // Runs inside the shard's message handler: nothing may throw back into the connection.
    const work = Promise.resolve()
      .then(() => receive(data, shardId))
      .catch((error: unknown) => {
        logger.error(
          {
            err: error instanceof Error ? error.name : typeof error,
            ref: createReferenceId(),
            shard: shardId,
          },
          'interaction handler failed',
        );
      })
      .finally(() => running.delete(work));
    running.add(work);
    void deps.track?.(work);
  };
  client.on(GatewayDispatchEvents.InteractionCreate, listener);
  // An 'error' event without a listener would throw inside the shard; these are Discord refusing the
  // session (bad token, sharding required, …), whose messages name no secret.
  deps.gateway.on(WebSocketShardEvents.Error, (error, shardId) => {
    logger.error({ err: error.name, reason: error.message, shard: shardId }, 'discord gateway error');
  });

  return {
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
    detach() {
      client.off(GatewayDispatchEvents.InteractionCreate, listener);
    },
  };
}
