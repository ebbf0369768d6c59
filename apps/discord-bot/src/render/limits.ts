/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * and https://discord.com/developers/docs/components/reference). The renderer clamps to these and
 * marks every cut with a visible "…" instead of letting Discord reject the message.
 */
export const DISCORD_LIMITS = {
  content: 2_000,
  embeds: 10,
  /** Sum of titles, descriptions, field names and values, footers and authors over all embeds. */
  embedTotal: 6_000,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  selectOptionLabel: 100,
  selectOptionValue: 100,
  selectPlaceholder: 150,
  attachmentDescription: 1_024,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const ELLIPSIS = '…';

/** Cuts `text` to at most `max` characters, ending in "…" when something was cut. */
export function clampText(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  // Avoid splitting a surrogate pair, which Discord rejects as invalid UTF-16.
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}

/** Counts characters against the shared 6,000-character embed budget. */
export class EmbedBudget {
  #remaining: number;

  constructor(total: number = DISCORD_LIMITS.embedTotal) {
    this.#remaining = total;
  }

  get remaining(): number {
    return this.#remaining;
  }

  /** Clamps `text` to its own limit and to what is left of the budget, and spends it. */
  take(text: string, max: number): string {
    const clamped = clampText(text, Math.min(max, this.#remaining));
    this.#remaining -= clamped.length;
    return clamped;
  }

  /** Whether `length` more characters still fit. */
  fits(length: number): boolean {
    return length <= this.#remaining;
  }

  /** Sets characters aside (returns how many), e.g. for a "+N more" marker added later. */
  reserve(length: number): number {
    const held = Math.min(length, this.#remaining);
    this.#remaining -= held;
    return held;
  }

  release(length: number): void {
    this.#remaining += length;
  }
}
