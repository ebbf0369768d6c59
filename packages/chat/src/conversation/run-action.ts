import { MAX_ACTION_ID_LENGTH } from '../commands/define-command.ts';

/**
 * Action ids `run:<command text>` are buttons that run the text as if the clicker had typed it
 * (`run:value 1012LG 1`); a select `run:<name>` runs the chosen option's value. No command may own
 * the `run` action prefix (a test keeps it so).
 */
export const RUN_ACTION_PREFIX = 'run:';

/** The action id of a button running `text`; undefined when it would not fit a Discord custom_id. */
export function runActionId(text: string): string | undefined {
  const id = `${RUN_ACTION_PREFIX}${text}`;
  return id.length <= MAX_ACTION_ID_LENGTH ? id : undefined;
}

/** The command text a run action stands for (a select's chosen value first); undefined for other ids. */
export function runTextOf(actionId: string, value?: string): string | undefined {
  if (!actionId.startsWith(RUN_ACTION_PREFIX)) return undefined;
  return value ?? actionId.slice(RUN_ACTION_PREFIX.length);
}
