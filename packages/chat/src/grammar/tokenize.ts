import { looksLikeUrl } from '@altum-chat/address';

/** The longest text the grammar reads; anything longer is refused before parsing (Slack caps at 4,000). */
export const MAX_TEXT_LENGTH = 2_000;

/** A whitespace-separated word; `name=value` (or `name:value`) tokens are split into name and value. */
export type Token =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'named'; readonly name: string; readonly value: string; readonly text: string };

const NAMED = /^([\p{L}_][\p{L}\p{N}_\-+]*)\s*[=:]\s*(.*)$/u;

/**
 * Splits chat text into tokens. `wall_insulation = 4` and `target: A` are joined first so people
 * may put spaces around the separator. Quotes are not special: no argument needs spaces except a
 * trailing `rest` string, which the parser re-joins.
 */
export function tokenize(text: string): Token[] {
  const joined = text
    .replace(/\s*([=])\s*/g, '$1')
    .replace(/(^|\s)([\p{L}_][\p{L}\p{N}_]*):\s+(?=\S)/gu, '$1$2:');
  const words = joined.split(/\s+/).filter((w) => w !== '');
  return words.map((text) => {
    // A link (`https://…`, `www.…`) is one word, never `https` = `//…`.
    const match = looksLikeUrl(text) ? null : NAMED.exec(text);
    // `1071AA:28` is not a named argument either; names start with a letter and values are non-empty.
    if (match && match[2] !== '' && !/^\d/.test(text)) {
      return { kind: 'named', name: (match[1] ?? '').toLowerCase(), value: match[2] ?? '', text };
    }
    return { kind: 'word', text };
  });
}
