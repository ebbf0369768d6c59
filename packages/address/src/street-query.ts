import { checkPostcode, normalisePostcode } from '@altum-chat/core';

/**
 * A street address as people type it, read without a look-up: the words (street and city, in any
 * order), the house number, what follows the number, and a postcode when one was given.
 */
export interface StreetQuery {
  /** Street and city words in the order typed, filler words (`in`, `te`) dropped. */
  readonly words: readonly string[];
  readonly housenumber?: number;
  /** Letter and/or addition as typed after the number (`H`, `A2`, `bis`), upper-cased, no separators. */
  readonly suffix?: string;
  readonly postcode?: string;
}

const MAX_HOUSENUMBER = 99_999;
/** Words that join an address in a sentence but never belong to it. */
const FILLER = new Set(['in', 'te']);
/** `263`, `263H`, `263-h`, `1-A2`, `12/3`, `7bis`. */
const NUMBER_TOKEN = /^(\d{1,5})(?:[-/]?([a-z]{1,3}\d{0,3}|\d{1,4}))?$/i;
/** A suffix written as its own word: one letter, or the common `hs`, `bis`, `zw` and Roman floors. */
const SUFFIX_WORD = /^(?:[a-z]|hs|bis|zw|i{1,3}|iv)$/i;
const POSTCODE_SPLIT = /^(\d{4})$/;

/** `'s-Gravenhage`, `Prinsengr.`, `Damrak,` → words as they should be compared; empty when only punctuation. */
export function cleanWord(word: string): string {
  return word.replace(/^[("'“‘]+|[)"'”’,.;:!?]+$/g, '');
}

/**
 * Reads `Damrak 1 Amsterdam`, `Damrak 1, 1012LG`, `Amsterdam, Prinsengracht 263-H`,
 * `Prinsengracht 263 H Amsterdam`: the first number that follows a word is the house number.
 * Returns undefined when there are no words at all (so `1071AA 28` stays the postcode path's job).
 */
export function readStreetQuery(text: string): StreetQuery | undefined {
  const raw = text.replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  const words: string[] = [];
  let housenumber: number | undefined;
  let suffix: string | undefined;
  let postcode: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as string;
    if (token === ',') continue;
    const next = raw[i + 1];
    const joined = POSTCODE_SPLIT.test(token) && next && /^[a-z]{2}$/i.test(next) ? `${token}${next}` : token;
    const postcodeCandidate = normalisePostcode(cleanWord(joined));
    if (postcode === undefined && /^\d{4}[A-Z]{2}$/.test(postcodeCandidate)) {
      if (checkPostcode(postcodeCandidate) === undefined) {
        postcode = postcodeCandidate;
        if (joined !== token) i++;
        continue;
      }
    }
    const word = cleanWord(token);
    if (word === '') continue;
    const afterName = words.length > 0 || postcode !== undefined;
    const number = housenumber === undefined && afterName ? NUMBER_TOKEN.exec(word) : null;
    if (number) {
      const value = Number(number[1]);
      if (value >= 1 && value <= MAX_HOUSENUMBER) {
        housenumber = value;
        suffix = number[2]?.toUpperCase();
        // `263 H`: a lone letter right after the number belongs to it.
        const after = raw[i + 1] === undefined ? undefined : cleanWord(raw[i + 1] as string);
        if (suffix === undefined && after !== undefined && SUFFIX_WORD.test(after)) {
          suffix = after.toUpperCase();
          i++;
        }
        continue;
      }
    }
    if (FILLER.has(word.toLowerCase())) continue;
    words.push(word);
  }
  if (words.length === 0) return undefined;
  return {
    words,
    ...(housenumber === undefined ? {} : { housenumber }),
    ...(suffix === undefined || suffix === '' ? {} : { suffix }),
    ...(postcode === undefined ? {} : { postcode }),
  };
}

/** `Damrak 1 H, 1012LG`: the query written back for PDOK's free-text search. */
export function queryText(query: StreetQuery): string {
  return [
    ...query.words,
    query.housenumber === undefined ? '' : `${query.housenumber}${query.suffix ?? ''}`,
    query.postcode ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}
