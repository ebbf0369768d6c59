import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  TextInputStyle,
} from 'discord-api-types/v10';
import type { Locale } from '../locale.ts';
import { dt } from '../messages.ts';

export type KeyScope = 'user' | 'team';

const MODAL_PREFIX = 'altum-key:';
export const KEY_INPUT_ID = 'api_key';

/** The modal (callback type 9) with one short text input for the key. */
export function keyModal(scope: KeyScope, locale: Locale): APIModalInteractionResponseCallbackData {
  return {
    custom_id: `${MODAL_PREFIX}${scope}`,
    title: dt(locale, scope === 'team' ? 'modal.titleTeam' : 'modal.title'),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: KEY_INPUT_ID,
            label: dt(locale, 'modal.label'),
            style: TextInputStyle.Short,
            placeholder: dt(locale, 'modal.placeholder').slice(0, 100),
            required: true,
            min_length: 8,
            max_length: 200,
          },
        ],
      },
    ],
  };
}

/** The scope a submitted modal was opened for, or undefined when the id is not ours. */
export function scopeOfModal(customId: string): KeyScope | undefined {
  if (!customId.startsWith(MODAL_PREFIX)) return undefined;
  const scope = customId.slice(MODAL_PREFIX.length);
  return scope === 'user' || scope === 'team' ? scope : undefined;
}
