import type { Locale } from '@altum-chat/chat';
import { measuresFor } from '@altum-chat/core';
import { slackText } from '../i18n/slack-messages.ts';
import { type Block, mrkdwn, type OptionObject, plain } from '../render/block-types.ts';
import { clip, SLACK_LIMITS } from '../render/limits.ts';

export const WHAT_IF_MODAL_ID = 'slack.whatif';
const BLOCK_PREFIX = 'm:';
export const WHAT_IF_SELECT_ID = 'level';
const KEEP = '-';
const PANEL_COUNTS = [0, 4, 6, 8, 10, 12, 16, 20, 24, 30, 40];

/** What the form starts from: the Delta result's address and the levels it was asked with. */
export interface WhatIfStart {
  /** The address as shown (`1071AA 28 B`). */
  readonly address: string;
  /** measure key → level, as the runner's plan parsed them. */
  readonly levels: ReadonlyMap<string, number>;
}

/**
 * Modal state: the command to recompute (the runner's canonical text of it) and where to put the
 * result. The response_url is not a secret key.
 */
export interface WhatIfState {
  readonly text: string;
  readonly responseUrl: string;
}

export const encodeWhatIfState = (state: WhatIfState): string =>
  JSON.stringify({ t: state.text, r: state.responseUrl });

/** Whether the state fits Slack's 3,000-character private_metadata (a longer one makes views.open fail). */
export const whatIfStateFits = (state: WhatIfState): boolean =>
  encodeWhatIfState(state).length <= SLACK_LIMITS.privateMetadata;

export function decodeWhatIfState(raw: string | undefined): WhatIfState | undefined {
  try {
    const parsed = JSON.parse(raw ?? '') as { t?: unknown; r?: unknown };
    return typeof parsed.t === 'string' && typeof parsed.r === 'string'
      ? { text: parsed.t, responseUrl: parsed.r }
      : undefined;
  } catch {
    return undefined;
  }
}

const option = (text: string, value: string): OptionObject => ({
  text: plain(clip(text, SLACK_LIMITS.optionText)),
  value,
});

/**
 * The Delta what-if form: one select per measure, with the levels chosen so far preselected; submit
 * recomputes through the runner. Undefined when its state would not fit in private_metadata.
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2
 */
export function whatIfModal(
  locale: Locale,
  state: WhatIfState,
  start: WhatIfStart,
): Record<string, unknown> | undefined {
  if (!whatIfStateFits(state)) return undefined;
  const blocks: Block[] = [
    { type: 'section', text: mrkdwn(slackText(locale, 'whatIfIntro', { address: start.address })) },
  ];
  for (const measure of measuresFor('house')) {
    const keep = option(slackText(locale, 'whatIfKeep'), KEEP);
    const options =
      measure.kind === 'count'
        ? PANEL_COUNTS.map((count) => option(String(count), String(count)))
        : measure.levels.map((level) => option(level.label[locale], String(level.level)));
    const chosen = start.levels.get(measure.key);
    const initial = options.find((o) => o.value === String(chosen));
    blocks.push({
      type: 'input',
      block_id: `${BLOCK_PREFIX}${measure.key}`,
      optional: true,
      label: plain(clip(measure.label[locale], 2000)),
      element: {
        type: 'static_select',
        action_id: WHAT_IF_SELECT_ID,
        options: [keep, ...options],
        initial_option: initial ?? keep,
      },
    });
  }
  return {
    type: 'modal',
    callback_id: WHAT_IF_MODAL_ID,
    title: plain(slackText(locale, 'whatIfTitle')),
    submit: plain(slackText(locale, 'whatIfSubmit')),
    close: plain(slackText(locale, 'keyModalCancel')),
    private_metadata: encodeWhatIfState(state),
    blocks,
  };
}

export type StateValues = Record<string, Record<string, { selected_option?: { value?: string } | null }>>;

/** The levels chosen in the submitted selects (measure key → level), "keep current" left out. */
export function whatIfChoices(values: StateValues): Record<string, number> {
  const chosen: Record<string, number> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    if (!blockId.startsWith(BLOCK_PREFIX)) continue;
    const value = actions[WHAT_IF_SELECT_ID]?.selected_option?.value;
    if (value && value !== KEEP && /^\d{1,3}$/.test(value))
      chosen[blockId.slice(BLOCK_PREFIX.length)] = Number(value);
  }
  return chosen;
}
