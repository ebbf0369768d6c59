import { baseActionId, type ReplyAction, type ReplyTable, uniqueActionIds } from '@altum-chat/chat';
import type { BlockElement, OptionObject } from './block-types.ts';
import { plain } from './block-types.ts';
import { clip, escapeCodeCell, nonEmpty, SLACK_LIMITS } from './limits.ts';

/** Prefix that marks a Block Kit action as one of the Reply's own actions (routed to the runner). */
export const REPLY_ACTION_PREFIX = 'act:';

/** Turns the Reply's stateless action id back from a Block Kit action_id (drops the de-dup suffix). */
export function replyActionId(actionId: string): string | undefined {
  if (!actionId.startsWith(REPLY_ACTION_PREFIX)) return undefined;
  return baseActionId(actionId.slice(REPLY_ACTION_PREFIX.length));
}

const option = (label: string, value: string): OptionObject => ({
  text: plain(clip(nonEmpty(label), SLACK_LIMITS.optionText)),
  value: value.slice(0, SLACK_LIMITS.optionValue),
});

/** Reply actions → Block Kit elements; action_ids must be unique per message, so repeats get `~n`. */
export function actionElements(actions: readonly ReplyAction[]): BlockElement[] {
  const ids = uniqueActionIds(actions.map((action) => action.id));
  return actions.map((action, index) => {
    const actionId = clip(`${REPLY_ACTION_PREFIX}${ids[index]}`, SLACK_LIMITS.actionId);
    if (action.type === 'button') {
      return {
        type: 'button',
        action_id: actionId,
        text: plain(clip(nonEmpty(action.label), SLACK_LIMITS.buttonText)),
        value: action.id.slice(0, SLACK_LIMITS.buttonValue),
        ...(action.style ? { style: action.style } : {}),
      };
    }
    const options = action.options.slice(0, SLACK_LIMITS.selectOptions).map((o) => option(o.label, o.value));
    const initial = options.find((o) => o.value === action.selected);
    return {
      type: 'static_select',
      action_id: actionId,
      placeholder: plain(clip(nonEmpty(action.placeholder), SLACK_LIMITS.buttonText)),
      options,
      ...(initial ? { initial_option: initial } : {}),
    };
  });
}

/** A table as a monospaced block; Slack has no table block that every client renders. */
export function tableText(table: ReplyTable, maxChars: number): string {
  const cell = (value: string | undefined): string => escapeCodeCell(clip(value ?? '', 28));
  const widths = table.columns.map((column, index) =>
    Math.max(cell(column).length, ...table.rows.map((row) => cell(row[index]).length)),
  );
  const line = (cells: readonly (string | undefined)[]): string =>
    widths
      .map((width, index) => cell(cells[index]).padEnd(width))
      .join('  ')
      .trimEnd();
  // The title sits right above the fence, so it must not carry a fence of its own either.
  const title = table.title?.trim() ? `*${escapeCodeCell(table.title)}*\n` : '';
  const fence = '```';
  const budget = maxChars - title.length - fence.length * 2 - 2;
  const lines = [line(table.columns), ...table.rows.map(line)];
  const kept: string[] = [];
  let used = 0;
  for (const text of lines) {
    const needed = text.length + 1;
    if (used + needed > budget - 2) {
      kept.push('…');
      break;
    }
    kept.push(text);
    used += needed;
  }
  return `${title}${fence}\n${kept.join('\n')}\n${fence}`;
}
