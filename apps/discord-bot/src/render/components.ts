import { type ReplyAction, uniqueActionIds } from '@altum-chat/chat';
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { clampText, DISCORD_LIMITS } from './limits.ts';

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

const styles = { primary: ButtonStyle.Primary, danger: ButtonStyle.Danger } as const;

/**
 * Turns Reply actions into action rows: buttons five to a row, each select on its own row, at most
 * five rows. Ids are the stateless action ids, made unique per message (a repeat gets `~n`, which the
 * handler strips); an action whose id would not fit is dropped rather than sent for Discord to reject
 * the whole message.
 */
export function toActionRows(actions: readonly ReplyAction[]): { rows: ActionRow[]; dropped: number } {
  const rows: ActionRow[] = [];
  let buttons: APIButtonComponentWithCustomId[] = [];
  let dropped = 0;
  const flush = (): void => {
    if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
    buttons = [];
  };
  const ids = uniqueActionIds(actions.map((action) => action.id));
  for (const [index, action] of actions.entries()) {
    const customId = ids[index] ?? '';
    if (action.id.length === 0 || customId.length > DISCORD_LIMITS.customId) {
      dropped += 1;
      continue;
    }
    if (action.type === 'button') {
      if (buttons.length === DISCORD_LIMITS.buttonsPerRow) flush();
      buttons.push({
        type: ComponentType.Button,
        custom_id: customId,
        label: clampText(action.label, DISCORD_LIMITS.buttonLabel),
        style: action.style ? styles[action.style] : ButtonStyle.Secondary,
      });
      continue;
    }
    flush();
    const options = action.options.slice(0, DISCORD_LIMITS.selectOptions).filter((option) => {
      return option.value.length > 0 && option.value.length <= DISCORD_LIMITS.selectOptionValue;
    });
    if (options.length === 0) {
      dropped += 1;
      continue;
    }
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: customId,
          placeholder: clampText(action.placeholder, DISCORD_LIMITS.selectPlaceholder),
          options: options.map((option) => ({
            label: clampText(option.label, DISCORD_LIMITS.selectOptionLabel),
            value: option.value,
            ...(option.value === action.selected ? { default: true } : {}),
          })),
        },
      ],
    });
  }
  flush();
  if (rows.length > DISCORD_LIMITS.actionRows) {
    dropped += rows.slice(DISCORD_LIMITS.actionRows).reduce((sum, row) => sum + row.components.length, 0);
    rows.length = DISCORD_LIMITS.actionRows;
  }
  return { rows, dropped };
}
