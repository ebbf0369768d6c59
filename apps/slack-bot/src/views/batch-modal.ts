import { type ArgumentSpec, batchCommand, type Locale, type ParsedArgs } from '@altum-chat/chat';
import { slackText } from '../i18n/slack-messages.ts';
import { type Block, mrkdwn, plain } from '../render/block-types.ts';

export const BATCH_MODAL_ID = 'slack.batch';
/** The global shortcut in the manifest ("Batch of addresses"). */
export const BATCH_SHORTCUT = 'altum_batch';
export const BATCH_BLOCKS = { command: 'command', target: 'target', file: 'file' } as const;
const INPUT = 'value';

const argument = (name: string): ArgumentSpec | undefined => batchCommand.args.find((a) => a.name === name);

function options(spec: ArgumentSpec | undefined, locale: Locale) {
  return (spec?.choices ?? []).map((choice) => ({
    text: plain(locale === 'nl' ? choice.label.nl : choice.label.en),
    value: choice.value,
  }));
}

/**
 * The batch form: the command (and advice's target) as selects from the registry's `batch`
 * arguments, and a `file_input` for one CSV or XLSX. Opened by `/altum batch` without a file or the
 * global shortcut; a typed `/altum batch advice` preselects its command.
 * https://docs.slack.dev/reference/block-kit/block-elements/file-input-element
 */
export function batchModal(locale: Locale, typed?: ParsedArgs): Record<string, unknown> {
  const commands = options(argument('command'), locale);
  const initial = commands.find((o) => o.value === String(typed?.options.command ?? 'value'));
  const blocks: Block[] = [
    { type: 'section', text: mrkdwn(slackText(locale, 'batchModalIntro')) },
    {
      type: 'input',
      block_id: BATCH_BLOCKS.command,
      label: plain(slackText(locale, 'batchModalCommand')),
      element: {
        type: 'static_select',
        action_id: INPUT,
        options: commands,
        ...(initial ? { initial_option: initial } : {}),
      },
    },
    {
      type: 'input',
      block_id: BATCH_BLOCKS.target,
      optional: true,
      label: plain(slackText(locale, 'batchModalTarget')),
      element: { type: 'static_select', action_id: INPUT, options: options(argument('target'), locale) },
    },
    {
      type: 'input',
      block_id: BATCH_BLOCKS.file,
      label: plain(slackText(locale, 'batchModalFile')),
      element: { type: 'file_input', action_id: INPUT, filetypes: ['csv', 'xlsx'], max_files: 1 },
    },
  ];
  return {
    type: 'modal',
    callback_id: BATCH_MODAL_ID,
    title: plain(slackText(locale, 'batchModalTitle').slice(0, 24)),
    submit: plain(slackText(locale, 'batchModalSubmit')),
    close: plain(slackText(locale, 'keyModalCancel')),
    blocks,
  };
}

/** A file chosen in the form, as Slack puts it in `view.state.values` (file_input). */
export interface ChosenFile {
  readonly name?: string;
  readonly size?: number;
  readonly url_private_download?: string;
}

type State = Readonly<
  Record<
    string,
    Readonly<Record<string, { selected_option?: { value?: string } | null; files?: ChosenFile[] }>>
  >
>;

/** The submitted command, target and file; `file` undefined when none was chosen. */
export function batchChoices(values: State): {
  readonly options: Record<string, string>;
  readonly file: ChosenFile | undefined;
} {
  const selected = (block: string) => values[block]?.[INPUT]?.selected_option?.value ?? undefined;
  const command = selected(BATCH_BLOCKS.command) ?? 'value';
  const target = selected(BATCH_BLOCKS.target);
  return {
    options: { command, ...(target && command === 'advice' ? { target } : {}) },
    file: values[BATCH_BLOCKS.file]?.[INPUT]?.files?.[0],
  };
}
