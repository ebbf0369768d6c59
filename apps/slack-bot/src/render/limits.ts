/**
 * Block Kit limits we clamp to. https://docs.slack.dev/reference/block-kit/blocks
 * The total is ours: Slack rejects messages with `msg_blocks_too_long` at roughly 13,000 characters
 * of block text, a limit it does not document, so we stay under 12,000.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  imageAltText: 2000,
  imageTitle: 2000,
  totalText: 12_000,
  fallbackText: 3000,
  /** views.open refuses a modal whose private_metadata is longer. */
  privateMetadata: 3000,
} as const;

/** Cuts `text` to at most `max` characters, ending in a visible "…" when it had to cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  // Avoid splitting a surrogate pair, which Slack would show as a broken glyph.
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/** Bidirectional overrides and isolates: they can make "€ 612.000" read backwards. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes the three characters mrkdwn treats as control characters, and drops bidi controls.
 * https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(BIDI, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text from outside our catalogue inside a ``` block: mrkdwn-escaped, on one line, and unable to
 * close the fence (a run of three or more backticks becomes U+02CB, which looks the same; one or
 * two, as in our own `command` cells, cannot end a code block).
 */
export function escapeCodeCell(text: string): string {
  return escapeMrkdwn(
    text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/`{3,}/g, (run) => '\u02cb'.repeat(run.length)),
  );
}

/** Slack refuses empty plain_text (headers, buttons, options, image titles): never send one. */
export function nonEmpty(text: string): string {
  return text.trim() === '' ? '…' : text;
}
