import type { Locale } from '@altum-chat/chat';
import { slackText } from '../i18n/slack-messages.ts';
import { type Block, mrkdwn, plain } from '../render/block-types.ts';

export const KEY_MODAL_ID = 'slack.key';
export const KEY_BLOCK_ID = 'key';
export const KEY_INPUT_ID = 'value';

/** What the key modal remembers between opening and submit; no secrets, only where to answer. */
export interface KeyModalState {
  readonly scope: 'user' | 'team';
  /** The slash command's response_url, to confirm in the same conversation. */
  readonly responseUrl?: string;
}

export const encodeKeyState = (state: KeyModalState): string =>
  JSON.stringify({ s: state.scope, ...(state.responseUrl ? { r: state.responseUrl } : {}) });

export function decodeKeyState(raw: string | undefined): KeyModalState {
  try {
    const parsed = JSON.parse(raw ?? '{}') as { s?: unknown; r?: unknown };
    return {
      scope: parsed.s === 'team' ? 'team' : 'user',
      ...(typeof parsed.r === 'string' ? { responseUrl: parsed.r } : {}),
    };
  } catch {
    return { scope: 'user' };
  }
}

/**
 * The private form that takes an API key: a modal only the user sees, so the key never travels in a
 * channel message or slash-command text. Slack cannot mask the input, which the hint says.
 * https://docs.slack.dev/surfaces/modals
 */
export function keyModal(locale: Locale, state: KeyModalState): Record<string, unknown> {
  const blocks: Block[] = [
    { type: 'section', text: mrkdwn(slackText(locale, 'keyModalIntro')) },
    {
      type: 'input',
      block_id: KEY_BLOCK_ID,
      label: plain(slackText(locale, 'keyModalLabel')),
      hint: plain(slackText(locale, 'keyModalHint')),
      element: { type: 'plain_text_input', action_id: KEY_INPUT_ID, min_length: 8, max_length: 200 },
    },
  ];
  return {
    type: 'modal',
    callback_id: KEY_MODAL_ID,
    title: plain(
      slackText(locale, state.scope === 'team' ? 'keyModalTeamTitle' : 'keyModalTitle').slice(0, 24),
    ),
    submit: plain(slackText(locale, 'keyModalSubmit')),
    close: plain(slackText(locale, 'keyModalCancel')),
    private_metadata: encodeKeyState(state),
    blocks,
  };
}
