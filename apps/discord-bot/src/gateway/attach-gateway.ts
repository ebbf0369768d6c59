import type { Logger } from '@altum-chat/core';
import { type Client, Events, type Interaction } from 'discord.js';
import type { InteractionHandler } from '../interaction/create-handler.ts';
import { fromDiscordJs } from '../interaction/from-discord-js.ts';
import { createGatewayResponder } from './gateway-responder.ts';

export interface GatewayBinding {
  /** Resolves when every interaction received so far has been answered (for tests and shutdown). */
  idle(): Promise<void>;
  detach(): void;
}

/**
 * Gateway mode: listens for `interactionCreate` on a discord.js client and runs the shared handler.
 * No collectors: buttons and selects carry stateless ids, so any process (or shard) can answer them.
 */
export function attachGateway(client: Client, handler: InteractionHandler, logger: Logger): GatewayBinding {
  const running = new Set<Promise<void>>();
  const listener = (interaction: Interaction): void => {
    const event = fromDiscordJs(interaction);
    if (!event) return;
    const work = handler(event, createGatewayResponder(interaction))
      .catch((error: unknown) => {
        logger.error({ err: error instanceof Error ? error.name : 'unknown' }, 'interaction handler failed');
      })
      .finally(() => running.delete(work));
    running.add(work);
  };
  client.on(Events.InteractionCreate, listener);
  return {
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
    detach() {
      client.off(Events.InteractionCreate, listener);
    },
  };
}
