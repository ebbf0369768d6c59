import { checkPostcode, normalisePostcode } from '@altum-chat/core';
import type { StreetQuery } from './street-query.ts';
import type { ListingSite } from './types.ts';

/** What a listing link says about its address; nothing is ever fetched from the site. */
export type ListingRead =
  | { readonly ok: true; readonly site: ListingSite; readonly query: StreetQuery }
  | {
      readonly ok: false;
      readonly reason: 'unsupported_url' | 'no_number';
      readonly site?: ListingSite;
      /** `Prinsengracht, Amsterdam`: what the link did name, for the reply. */
      readonly understood?: string;
    };

const SITES: readonly (readonly [ListingSite, RegExp])[] = [
  ['funda', /(^|\.)funda\.nl$/],
  ['pararius', /(^|\.)pararius\.(nl|com)$/],
  ['jaap', /(^|\.)jaap\.nl$/],
  ['huispedia', /(^|\.)huispedia\.nl$/],
];

/** `https://…`, `www.…`, or `host.tld/path`; Slack's `<url|label>` wrapping is accepted too. */
const URL_LIKE = /^<?(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*$|^<?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*$/i;

/** Whether one word is a link (so it is never read as a key, a command or a street). */
export function looksLikeUrl(word: string): boolean {
  return URL_LIKE.test(word.trim());
}

function toUrl(text: string): URL | undefined {
  const bare = text.trim().replace(/^<|>$/g, '').replace(/\|.*$/, '');
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(bare) ? bare : `https://${bare}`);
  } catch {
    return undefined;
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment.replace(/\+/g, ' '));
  } catch {
    return segment;
  }
}

/** `dr-schaepmanstraat-47` → `['dr', 'schaepmanstraat', '47']`. */
function slugWords(segment: string | undefined): string[] {
  if (segment === undefined) return [];
  return decode(segment)
    .split(/[-_\s]+/)
    .filter((w) => w !== '');
}

const NUMBER_WORD = /^(\d{1,5})([a-z]{0,2})$/i;
const SUFFIX_WORD = /^[a-z0-9]{1,4}$/i;

/** Street words, then the first number that follows a word, then at most two short suffix words. */
function readSlug(words: readonly string[]): { street: string[]; housenumber?: number; suffix?: string } {
  const street: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const number = street.length > 0 ? NUMBER_WORD.exec(word) : null;
    if (number && Number(number[1]) >= 1) {
      const rest = words.slice(i + 1, i + 3).filter((w) => SUFFIX_WORD.test(w));
      const suffix = `${number[2] ?? ''}${rest.join('')}`.toUpperCase();
      return { street, housenumber: Number(number[1]), ...(suffix === '' ? {} : { suffix }) };
    }
    street.push(word);
  }
  return { street };
}

function capitalise(words: readonly string[]): string {
  return words.map((w) => (w.length > 1 ? `${w[0]?.toUpperCase()}${w.slice(1)}` : w)).join(' ');
}

function finish(
  site: ListingSite,
  slug: readonly string[],
  city: readonly string[],
  postcode?: string,
): ListingRead {
  const { street, housenumber, suffix } = readSlug(slug);
  if (street.length === 0) return { ok: false, reason: 'unsupported_url', site };
  if (housenumber === undefined) {
    const understood = [capitalise(street), capitalise(city)].filter(Boolean).join(', ');
    return { ok: false, reason: 'no_number', site, understood };
  }
  return {
    ok: true,
    site,
    query: {
      words: [...street, ...city],
      housenumber,
      ...(suffix === undefined ? {} : { suffix }),
      ...(postcode === undefined ? {} : { postcode }),
    },
  };
}

function postcodeOf(segment: string | undefined): string | undefined {
  if (segment === undefined) return undefined;
  const candidate = normalisePostcode(decode(segment));
  return /^\d{4}[A-Z]{2}$/.test(candidate) && checkPostcode(candidate) === undefined ? candidate : undefined;
}

/**
 * funda: `/detail/koop/amsterdam/appartement-damrak-1/43210987/` (current) and
 * `/koop/verkocht/tiel/huis-42352883-dr-schaepmanstraat-47/` (older links still shared).
 */
function readFunda(segments: readonly string[]): ListingRead {
  const path = segments[0] === 'en' ? segments.slice(1) : segments;
  const detail = path[0] === 'detail';
  const rest = detail ? path.slice(2) : path.slice(1);
  const afterStatus = /^(verkocht|verhuurd)$/.test(rest[0] ?? '') ? rest.slice(1) : rest;
  const [city, slug] = afterStatus;
  // The slug starts with the kind of object (huis, appartement, …), older links then the listing id.
  const words = slugWords(slug).slice(1);
  const withoutId = /^\d{7,}$/.test(words[0] ?? '') ? words.slice(1) : words;
  return finish('funda', withoutId, slugWords(city));
}

/** pararius: `/appartement-te-huur/amsterdam/5e5b0bd4/prinsengracht` (the street, often without number). */
function readPararius(segments: readonly string[]): ListingRead {
  const [, city, , slug] = segments;
  return finish('pararius', slugWords(slug), slugWords(city));
}

/** jaap: `/koophuizen/noord+holland/groot-amsterdam/amsterdam/1012lg/damrak+1/12345678/overzicht`. */
function readJaap(segments: readonly string[]): ListingRead {
  const at = segments.findIndex((s) => postcodeOf(s) !== undefined);
  if (at < 0) return { ok: false, reason: 'unsupported_url', site: 'jaap' };
  return finish('jaap', slugWords(segments[at + 1]), slugWords(segments[at - 1]), postcodeOf(segments[at]));
}

/** huispedia: `/amsterdam/1012lg/damrak/1` (city, postcode, street, number). */
function readHuispedia(segments: readonly string[]): ListingRead {
  const at = segments.findIndex((s) => postcodeOf(s) !== undefined);
  if (at < 0) return { ok: false, reason: 'unsupported_url', site: 'huispedia' };
  const slug = [...slugWords(segments[at + 1]), ...slugWords(segments[at + 2])];
  return finish('huispedia', slug, slugWords(segments[at - 1]), postcodeOf(segments[at]));
}

const READERS: Record<ListingSite, (segments: readonly string[]) => ListingRead> = {
  funda: readFunda,
  pararius: readPararius,
  jaap: readJaap,
  huispedia: readHuispedia,
};

/**
 * Reads the address from a funda, pararius, jaap or huispedia listing link's path. Returns undefined
 * when the text is not a link at all; any other link is `unsupported_url`.
 */
export function readListingUrl(text: string): ListingRead | undefined {
  if (!looksLikeUrl(text)) return undefined;
  const url = toUrl(text);
  if (!url) return { ok: false, reason: 'unsupported_url' };
  const host = url.hostname.toLowerCase();
  const site = SITES.find(([, pattern]) => pattern.test(host))?.[0];
  if (!site) return { ok: false, reason: 'unsupported_url' };
  const segments = url.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.toLowerCase());
  return READERS[site](segments);
}
