import type { Logger } from '@altum-chat/core';
import type { Client } from 'discord.js';
import { errorReference } from '../error-reference.ts';
import { readApiInteraction } from '../interaction/from-api.ts';

interface InteractionCreateAction {
  handle(data: unknown): unknown;
}

/**
 * discord.js turns an INTERACTION_CREATE packet into its Interaction classes inside the gateway's
 * packet handler, which nobody awaits: a malformed packet throws there and the unhandled rejection
 * ends the process. This wraps that one action (`client.actions.InteractionCreate`, the same entry
 * the gateway dispatch calls) so such a packet is checked with the HTTP endpoint's schema, logged
 * with a reference and dropped. Returns a function that restores the original.
 */
export function guardInteractionPackets(client: Client, logger: Logger): () => void {
  const actions = Reflect.get(client, 'actions') as
    | { InteractionCreate?: InteractionCreateAction }
    | undefined;
  const action = actions?.InteractionCreate;
  if (!action || typeof action.handle !== 'function') return () => {};
  const original = action.handle;
  const drop = (reason: string, err?: string): undefined => {
    logger.error({ ref: errorReference(), reason, ...(err ? { err } : {}) }, 'gateway interaction dropped');
    return undefined;
  };
  action.handle = (data: unknown): unknown => {
    if (readApiInteraction(data).kind === 'malformed') return drop('malformed');
    try {
      return original.call(action, data);
    } catch (error) {
      return drop('discord.js could not read it', error instanceof Error ? error.name : typeof error);
    }
  };
  return () => {
    action.handle = original;
  };
}
