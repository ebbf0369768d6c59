import { measuresFor, resolveMeasureLevel } from '@altum-chat/core';
import { type Locale, slackText } from '../i18n/slack-messages.ts';
import { type Block, mrkdwn, type OptionObject, plain } from '../render/block-types.ts';
import { clip, SLACK_LIMITS } from '../render/limits.ts';

export const WHAT_IF_MODAL_ID = 'slack.whatif';
const BLOCK_PREFIX = 'm:';
export const WHAT_IF_SELECT_ID = 'level';
const KEEP = '-';
const PANEL_COUNTS = [0, 4, 6, 8, 10, 12, 16, 20, 24, 30, 40];

/** The command text split into its parts: `delta 1071AA 28B wall=good` → word, address, pairs. */
export interface DeltaText {
  readonly command: string;
  readonly address: string;
  /** measure key → level, resolved through core's vocabulary (aliases and words accepted). */
  readonly levels: ReadonlyMap<string, number>;
}

export function parseDeltaText(text: string): DeltaText {
  const [command = 'delta', ...rest] = text.trim().split(/\s+/);
  const levels = new Map<string, number>();
  const address: string[] = [];
  for (const token of rest) {
    const pair = /^([^=]+)=(.+)$/.exec(token);
    if (!pair) {
      address.push(token);
      continue;
    }
    const resolved = resolveMeasureLevel(pair[1] ?? '', pair[2] ?? '');
    if (resolved.ok) levels.set(resolved.measure.key, resolved.level);
  }
  return { command, address: address.join(' '), levels };
}

/** Modal state: the command to recompute and where to put the result. The response_url is not a secret key. */
export interface WhatIfState {
  readonly text: string;
  readonly responseUrl: string;
}

export const encodeWhatIfState = (state: WhatIfState): string =>
  JSON.stringify({ t: state.text, r: state.responseUrl });

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
 * recomputes through the runner. https://docs.altum.ai/english/sustainability/sustainability-api-v2
 */
export function whatIfModal(locale: Locale, state: WhatIfState): Record<string, unknown> {
  const parsed = parseDeltaText(state.text);
  const blocks: Block[] = [
    { type: 'section', text: mrkdwn(slackText(locale, 'whatIfIntro', { address: parsed.address })) },
  ];
  for (const measure of measuresFor('house')) {
    const keep = option(slackText(locale, 'whatIfKeep'), KEEP);
    const options =
      measure.kind === 'count'
        ? PANEL_COUNTS.map((count) => option(String(count), String(count)))
        : measure.levels.map((level) => option(level.label[locale], String(level.level)));
    const chosen = parsed.levels.get(measure.key);
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

type StateValues = Record<string, Record<string, { selected_option?: { value?: string } | null }>>;

/** Rebuilds the command text from the submitted selects: `delta 1071AA 28B wall_insulation=3 …`. */
export function whatIfText(originalText: string, values: StateValues): string {
  const parsed = parseDeltaText(originalText);
  const pairs: string[] = [];
  for (const [blockId, actions] of Object.entries(values)) {
    if (!blockId.startsWith(BLOCK_PREFIX)) continue;
    const value = actions[WHAT_IF_SELECT_ID]?.selected_option?.value;
    if (value && value !== KEEP && /^\d{1,3}$/.test(value))
      pairs.push(`${blockId.slice(BLOCK_PREFIX.length)}=${value}`);
  }
  return [parsed.command, parsed.address, ...pairs].filter(Boolean).join(' ');
}
