import type { Logger } from '@altum-chat/core';
import { type Client, Events, type Interaction } from 'discord.js';
import { errorReference } from '../error-reference.ts';
import type { InteractionHandler } from '../interaction/create-handler.ts';
import { fromDiscordJs } from '../interaction/from-discord-js.ts';
import { createGatewayResponder } from './gateway-responder.ts';
import { guardInteractionPackets } from './guard-interaction-packets.ts';

export interface GatewayBinding {
  /** Resolves when every interaction received so far has been answered (for tests and shutdown). */
  idle(): Promise<void>;
  detach(): void;
}

/**
 * Gateway mode: listens for `interactionCreate` on a discord.js client and runs the shared handler.
 * No collectors: buttons and selects carry stateless ids, so any process (or shard) can answer them.
 * `track` registers each interaction's work with graceful shutdown.
 */
export function attachGateway(
  client: Client,
  handler: InteractionHandler,
  logger: Logger,
  track?: <T>(work: Promise<T>) => Promise<T>,
): GatewayBinding {
  const running = new Set<Promise<void>>();
  const fail = (error: unknown): void => {
    logger.error(
      { err: error instanceof Error ? error.name : typeof error, ref: errorReference() },
      'interaction handler failed',
    );
  };
  const listener = (interaction: Interaction): void => {
    // Runs inside discord.js's packet handler: a throw here would escape into the gateway connection.
    const work = Promise.resolve()
      .then(() => {
        const event = fromDiscordJs(interaction);
        return event ? handler(event, createGatewayResponder(interaction)) : undefined;
      })
      .catch(fail)
      .finally(() => running.delete(work));
    running.add(work);
    void track?.(work);
  };
  const unguard = guardInteractionPackets(client, logger);
  client.on(Events.InteractionCreate, listener);
  return {
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
    detach() {
      client.off(Events.InteractionCreate, listener);
      unguard();
    },
  };
}
