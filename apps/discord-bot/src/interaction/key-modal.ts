import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  TextInputStyle,
} from 'discord-api-types/v10';
import type { Locale } from '../locale.ts';
import { dt } from '../messages.ts';
import type { OptionMap } from './types.ts';

export type KeyScope = 'user' | 'team';

const MODAL_PREFIX = 'altum-key:';
export const KEY_INPUT_ID = 'api_key';

/**
 * Which `/altum key …` invocations open the private key form instead of running: a key must never
 * travel as a command option (it would sit in the user's command history and Discord's logs).
 */
export function keyLinkScope(subcommand: string, options: OptionMap): KeyScope | undefined {
  if (subcommand !== 'key') return undefined;
  const action = String(options.action ?? '').toLowerCase();
  if (action === 'login') return 'user';
  if (
    action === 'team' &&
    String(options.more ?? '')
      .trim()
      .toLowerCase() === 'set'
  )
    return 'team';
  return undefined;
}

/** The chat layer's buttons that ask for the form (`key:login:user`, `key:login:team`). */
export function keyLinkScopeOfAction(customId: string): KeyScope | undefined {
  if (customId === 'key:login:user') return 'user';
  if (customId === 'key:login:team') return 'team';
  return undefined;
}

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
