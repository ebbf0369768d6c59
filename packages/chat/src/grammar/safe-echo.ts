import { looksLikeUrl } from '@altum-chat/address';

/**
 * Characters that render as nothing (zero-width spaces and joiners, word joiner, BOM, soft hyphen,
 * bidi marks and isolates, Hangul fillers, other format and control characters). Pasted around or
 * inside a key they must not hide it from the detector, and they never come back in an echo.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\u115F\u1160\u180E\u3164\uFFA0]|\u034F/gu;

const SPREADSHEET_PATH = /\.(?:csv|tsv|txt|xlsx|xls)$/i;

/** The text without invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Whether a word could be an API key or other secret: long, one token, and either letters and
 * digits mixed or upper and lower case mixed the way random keys are (a key need not have a digit).
 * Such words are never echoed back, logged or suggested from (Altum keys are 40 alphanumerics).
 */
export function looksLikeSecret(word: string): boolean {
  const text = withoutInvisible(word).trim();
  if (text.length < 16 || /\s/.test(text)) return false;
  if (!/^[\x21-\x7e]+$/.test(text)) return false;
  // A spreadsheet path (`/tmp/run-3f9aK2/book.csv`, the playground's `batch value <file>`): keys and
  // tokens have no dot-extension at their end (base64 has no dot, Altum keys are alphanumeric).
  if (SPREADSHEET_PATH.test(text)) return false;
  if (/\d/.test(text) && /[A-Za-z]/.test(text)) return true;
  // No digits: random mixed case (several capitals after the first letter), unlike a typed word.
  return text.length >= 20 && /[a-z]/.test(text) && (text.slice(1).match(/[A-Z]/g)?.length ?? 0) >= 3;
}

/** What of a user's word may appear in a reply: short, single-line, never something key-like. */
export function safeEcho(word: string, max = 30): string {
  const text = withoutInvisible(word)
    .replace(/[\s`*_~<>|]+/g, ' ')
    .trim();
  if (looksLikeSecret(text) || containsSecret(word)) return '…';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Whether any word of a text (or the value of a `name=value` word) looks like a pasted key, also
 * when invisible characters sit around or inside it (`\uFEFF` even counts as a space to JavaScript).
 */
export function containsSecret(text: string): boolean {
  return withoutInvisible(text)
    .split(/\s+/)
    .some((word) => {
      // `sloped_roof_insulation=4` is a name and a value, not a key: only the value counts then.
      const named = /^[\p{L}_-]+[=:](.*)$/u.exec(word);
      return looksLikeSecret(named ? (named[1] ?? '') : word);
    });
}

/**
 * As `containsSecret`, but a word that is a link (`https://www.funda.nl/detail/koop/…/43210987/`)
 * is not judged: listing links are addresses, and their ids and slugs look random. Used where the
 * text is parsed, never echoed; `safeEcho` stays with the stricter check.
 */
export function containsSecretOutsideLinks(text: string): boolean {
  const words = withoutInvisible(text).split(/\s+/);
  return containsSecret(words.filter((word) => !looksLikeUrl(word)).join(' '));
}
