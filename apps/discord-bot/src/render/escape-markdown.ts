/**
 * The one place Discord text is made inert. Every string in an embed that Discord parses as markdown
 * (title, description, field name and value) goes through `escapeMarkdown`; footers, button labels,
 * select options and attachment descriptions are shown as plain text by Discord and are not escaped.
 *
 * What stays: inline code spans (`` `help` ``), which our catalogue uses for commands and which cannot
 * carry markup of their own (Discord shows their content literally). What goes: everything else that
 * Discord's parser would turn into formatting, a link or a mention. Discord's markdown (simple-markdown)
 * treats a backslash before any punctuation as "this character, literally", so escaping never changes
 * what the reader sees, only what the parser does with it.
 */

/** Characters that start or end inline formatting anywhere in a line. */
const INLINE = /[\\*_~|<>[\]]/g;
/** Markers that only count at the start of a line: headings, sub-text, quotes, lists. */
const LINE_START = /^([ \t]*)(#|>|-|\+|\d+(?=\.))/gm;
/** Bidirectional overrides and isolates: they can make "€ 612.000" read backwards. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** A code span our renderer keeps: single backticks, on one line, with something inside. */
const CODE_SPAN = /`[^`\n\r\u2028\u2029]+`/g;

const ZERO_WIDTH_SPACE = '\u200b';

function escapeProse(text: string): string {
  return (
    text
      .replace(INLINE, (ch) => `\\${ch}`)
      // A backtick that does not belong to a kept code span is shown, not parsed.
      .replace(/`/g, '\\`')
      .replace(LINE_START, (_whole, indent: string, marker: string) =>
        /^\d+$/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`,
      )
      // With allowed_mentions empty nobody is pinged, but the text would still render as a mention.
      .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
  );
}

/**
 * Text that did not come from our own markup, ready for an embed title, description or field.
 * The digits-then-dot case escapes the dot ("1\. "), which is how Discord's own client escapes lists.
 */
export function escapeMarkdown(text: string): string {
  const clean = text.replace(BIDI, '');
  let out = '';
  let last = 0;
  for (const match of clean.matchAll(CODE_SPAN)) {
    const start = match.index;
    out += escapeProse(clean.slice(last, start));
    out += match[0];
    last = start + match[0].length;
  }
  return out + escapeProse(clean.slice(last));
}
