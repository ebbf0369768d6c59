import type { REST } from '@discordjs/rest';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { createRestResponder } from '../interaction/rest-responder.ts';
import type { InteractionMeta } from '../interaction/types.ts';

/**
 * HTTP interactions: the ack is the HTTP answer to Discord's POST (resolved through `initial`), and
 * counts as sent once `markSent` says the answer went out: an edit before that would race Discord's
 * own processing. Everything after the ack is the shared REST responder's.
 */
export function createHttpResponder(meta: InteractionMeta, rest: REST) {
  let answer: (response: APIInteractionResponse) => void = () => {};
  const initial = new Promise<APIInteractionResponse>((resolve) => {
    answer = resolve;
  });
  let flushed: () => void = () => {};
  const sent = new Promise<void>((resolve) => {
    flushed = resolve;
  });
  const responder = createRestResponder(meta, rest, (response) => {
    answer(response);
    return sent;
  });
  return { responder, initial, markSent: () => flushed() };
}
