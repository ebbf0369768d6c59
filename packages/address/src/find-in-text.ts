import { readListingUrl } from './listing-url.ts';
import { cleanWord } from './street-query.ts';

/** Most candidate texts tried for one message, so a long message costs a few look-ups at most. */
export const MAX_CANDIDATES_PER_MESSAGE = 4;

const BAG_ID = /(?<!\d)\d{16}(?!\d)/g;
/** `1071AA 28B`, `1071 aa 28-b`, `1016GV 263 H`: a postcode, its number and an addition. */
const POSTCODE_NUMBER =
  /(?<![\p{L}\d])(\d{4}\s?[a-z]{2})\s+(\d{1,5}(?:-?(?:[a-z]{1,2}\d{0,3}|\d{1,4})(?![\p{L}\d])|\s[a-z](?![\p{L}\d]))?)(?![\p{L}\d])/giu;
/** A house number as a word of its own: `263`, `263H`, `263-h`, `12/3`. */
const NUMBER_WORD = /^\d{1,5}(?:[-/]?[a-z0-9]{1,4})?$/i;
const POSTCODE_WORD = /^\d{4}[a-z]{2}$/i;
/** Lower-case words inside Dutch street and town names (`Laan van Meerdervoort`, `Bergen op Zoom`). */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'op', 'aan', 'la', 'le', 'ten', 'ter']);
/** Words that join an address to a sentence (`in Amsterdam`, `te Utrecht`). */
const JOINERS = new Set(['in', 'te', ',']);

const capitalised = (word: string) => /^\p{Lu}/u.test(word) || /^'s-\p{L}/u.test(word);
const hasLetter = (word: string) => /\p{L}/u.test(word);

/** The street before a number: capitalised words (with particles), or the one word right before. */
function streetBefore(words: readonly string[], at: number): string[] {
  const street: string[] = [];
  for (let i = at - 1; i >= 0 && street.length < 4; i--) {
    const word = words[i] as string;
    if (!hasLetter(word)) break;
    if (capitalised(word) || (PARTICLES.has(word.toLowerCase()) && street.length > 0)) street.unshift(word);
    else break;
  }
  while (street.length > 0 && PARTICLES.has((street[0] as string).toLowerCase())) street.shift();
  if (street.length > 0) return street;
  const previous = words[at - 1];
  return previous !== undefined && hasLetter(previous) ? [previous] : [];
}

/** What follows a number: a lone letter addition, then a postcode and/or a capitalised town. */
function afterNumber(words: readonly string[], at: number): { suffix?: string; place: string[] } {
  let i = at + 1;
  const next = words[i];
  const suffix = next !== undefined && /^[a-z]$/i.test(next) ? next : undefined;
  if (suffix) i++;
  const place: string[] = [];
  while (i < words.length && JOINERS.has((words[i] as string).toLowerCase())) i++;
  if (words[i] !== undefined && POSTCODE_WORD.test(words[i] as string)) place.push(words[i++] as string);
  while (i < words.length && place.length < 3) {
    const word = words[i] as string;
    if (!(capitalised(word) || (PARTICLES.has(word.toLowerCase()) && place.length > 0))) break;
    place.push(word);
    i++;
  }
  return { ...(suffix ? { suffix } : {}), place };
}

/**
 * The pieces of a chat message that may name an address, most specific first: listing links, BAG
 * ids, postcode + number, then street + number (+ postcode or town) around each house number, so
 * `wat is Prinsengracht 263 in Amsterdam waard?` yields `Prinsengracht 263 Amsterdam`. Pure; the
 * resolver decides which of them is an address.
 */
export function addressCandidatesIn(text: string): string[] {
  const candidates: string[] = [];
  const raw = text.split(/\s+/).filter(Boolean);
  for (const word of raw) if (readListingUrl(word)?.ok) candidates.push(word);
  for (const match of text.matchAll(BAG_ID)) candidates.push(match[0]);
  for (const match of text.matchAll(POSTCODE_NUMBER)) candidates.push(`${match[1]} ${match[2]}`);

  // What the patterns above took is not read again as a street and number.
  const words = text
    .replace(/<[^>\s]*>/g, ' ')
    .replace(BAG_ID, ' , ')
    .replace(POSTCODE_NUMBER, ' , ')
    .replace(/,/g, ' , ')
    .split(/\s+/)
    .map((word) => (word === ',' ? word : cleanWord(word)))
    .filter(Boolean);
  words.forEach((word, at) => {
    if (!NUMBER_WORD.test(word) || at === 0) return;
    const street = streetBefore(words, at);
    if (street.length === 0) return;
    const { suffix, place } = afterNumber(words, at);
    const number = suffix ? `${word} ${suffix}` : word;
    if (place.length > 0) candidates.push([...street, number, ...place].join(' '));
    candidates.push([...street, number].join(' '));
  });
  return [...new Set(candidates)].slice(0, MAX_CANDIDATES_PER_MESSAGE);
}
