import { type APIInteractionResponse, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { NormalizedInteraction } from '../interaction/types.ts';
import { toLocale } from '../locale.ts';
import { dt } from '../messages.ts';

const ERROR_COLOUR = 0xd1242f;

/**
 * What the endpoint answers when the handler ended (or failed) without acknowledging: Discord shows
 * "interaction failed" for any non-2xx, so a verified interaction gets a private error message with
 * the log reference instead (or no suggestions, for autocomplete).
 */
export function fallbackResponse(
  event: NormalizedInteraction,
  reference: string,
  defaultLocale: 'nl' | 'en',
): APIInteractionResponse {
  if (event.type === 'autocomplete') {
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  }
  const locale = toLocale(event.meta.locale, defaultLocale);
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: {
      flags: MessageFlags.Ephemeral,
      allowed_mentions: { parse: [] },
      embeds: [
        {
          title: dt(locale, 'error.title'),
          description: `${dt(locale, 'error.body')}\n\n${dt(locale, 'error.reference')}: \`${reference}\``,
          color: ERROR_COLOUR,
        },
      ],
    },
  };
}
