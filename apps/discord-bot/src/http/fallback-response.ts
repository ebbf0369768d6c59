import { unexpectedReply } from '@altum-chat/chat';
import { type APIInteractionResponse, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { NormalizedInteraction } from '../interaction/types.ts';
import { type Locale, toLocale } from '../locale.ts';
import { toDiscordMessage } from '../render/to-discord-message.ts';

/**
 * What the endpoint answers when the handler ended (or failed) without acknowledging: Discord shows
 * "interaction failed" for any non-2xx, so a verified interaction gets chat's one fallback reply,
 * privately, with the log reference instead (or no suggestions, for autocomplete).
 */
export function fallbackResponse(
  event: NormalizedInteraction,
  reference: string,
  defaultLocale: Locale,
): APIInteractionResponse {
  if (event.type === 'autocomplete') {
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  }
  const locale = toLocale(event.meta.locale, defaultLocale);
  const { embeds } = toDiscordMessage(unexpectedReply(locale, reference), locale);
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] }, embeds: [...embeds] },
  };
}
