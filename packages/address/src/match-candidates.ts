import type { StreetQuery } from './street-query.ts';
import type { ResolvedAddress } from './types.ts';

/** Names people use for places whose BAG name differs. */
const CITY_ALIASES: Readonly<Record<string, string>> = {
  "'s-gravenhage": 'den haag',
  "'s-hertogenbosch": 'den bosch',
};

/** Lower case, no diacritics, punctuation as spaces: `'s-Gravenhage` → `s gravenhage`. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function haystack(address: ResolvedAddress): string[] {
  const city = address.city ?? '';
  const alias = CITY_ALIASES[city.toLowerCase()] ?? '';
  return fold(`${address.street ?? ''} ${city} ${alias}`)
    .split(' ')
    .filter(Boolean);
}

/** How many of the typed words name this address (a word matches a word it starts, so `Kerkstr` and `Burg.` count). */
function matchedWords(words: readonly string[], address: ResolvedAddress): number {
  const hay = haystack(address);
  return words.filter((word) => {
    const parts = fold(word).split(' ').filter(Boolean);
    return parts.length > 0 && parts.every((part) => hay.some((h) => h.startsWith(part)));
  }).length;
}

/** `A` + `2` → `A2`; compared with what was typed after the number, separators ignored. */
export function suffixOf(address: Pick<ResolvedAddress, 'letter' | 'addition'>): string {
  return `${address.letter ?? ''}${address.addition ?? ''}`.replace(/[^a-z0-9]/gi, '').toUpperCase();
}

/** Candidates and whether the best one is certain enough to use without asking. */
export interface Ranked {
  readonly candidates: readonly ResolvedAddress[];
  readonly certain: boolean;
}

/**
 * Orders PDOK's documents for a typed street address, best first. An address is used directly only
 * when exactly one names every typed word and has exactly the typed letter/addition (none typed:
 * none); anything else is a choice for the user, never a guess.
 */
export function rankCandidates(query: StreetQuery, docs: readonly ResolvedAddress[]): Ranked {
  const words = query.words;
  const scored = docs
    .filter((d) => query.housenumber === undefined || d.housenumber === query.housenumber)
    .map((doc, order) => ({ doc, order, words: matchedWords(words, doc) }));
  const full = scored.filter((s) => s.words === words.length);
  const best = Math.max(0, ...scored.map((s) => s.words));
  // Nothing names every word: offer what names the most (a typo in the city), or, with a postcode,
  // what is at that postcode and number; never use it directly.
  const pool =
    full.length > 0
      ? full
      : query.postcode !== undefined
        ? scored
        : best > 0
          ? scored.filter((s) => s.words === best)
          : [];
  const typed = query.suffix ?? '';
  const exact = pool.filter((s) => suffixOf(s.doc) === typed);
  const prefixed = typed === '' ? [] : pool.filter((s) => suffixOf(s.doc).startsWith(typed));
  const rest = pool.filter((s) => !exact.includes(s) && !prefixed.includes(s));
  const ordered = [...exact, ...prefixed.filter((s) => !exact.includes(s)), ...rest].map((s) => s.doc);
  return {
    candidates: dedupe(ordered),
    certain: pool === full && dedupe(exact.map((s) => s.doc)).length === 1,
  };
}

/** One entry per BAG address (PDOK can list a nummeraanduiding once per object). */
export function dedupe(addresses: readonly ResolvedAddress[]): ResolvedAddress[] {
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const key = a.bagId ?? `${a.postcode}|${a.housenumber}|${suffixOf(a)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
