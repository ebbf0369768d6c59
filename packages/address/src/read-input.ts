import { type Address, type AddressProblem, parseAddress } from '@altum-chat/core';
import { looksLikeUrl, readListingUrl } from './listing-url.ts';
import { readStreetQuery, type StreetQuery } from './street-query.ts';
import type { ListingSite, NoMatchReason } from './types.ts';

/** Which BAG id field a 16-digit id is looked up by. */
export type BagField = 'nummeraanduiding_id' | 'adresseerbaarobject_id';

/** What a piece of text is, decided without any look-up. */
export type AddressInput =
  | { readonly kind: 'postcode'; readonly address: Address }
  | { readonly kind: 'street'; readonly query: StreetQuery }
  | { readonly kind: 'listing'; readonly site: ListingSite; readonly query: StreetQuery }
  | { readonly kind: 'bag'; readonly id: string; readonly field: BagField }
  | {
      readonly kind: 'none';
      readonly reason: NoMatchReason;
      readonly problem?: AddressProblem;
      readonly site?: ListingSite;
      readonly understood?: string;
    };

const LEADING_POSTCODE = /^\d{4}\s*[a-z]{2}(?![a-z])/i;
/** A word of three letters or more after a postcode is a street or city, not an addition. */
const NAME_WORD = /(^|[\s,])(?!(?:bis|hs)(?:$|[\s,]))[\p{L}'’.-]{3,}/iu;

/**
 * BAG object-type codes in positions 5–6 of a 16-digit id (BAG catalogue, "identificatie"):
 * 20 nummeraanduiding; 01 verblijfsobject, 02 ligplaats, 03 standplaats (the addressable objects).
 * https://imbag.github.io/catalogus/hoofdstukken/domeinwaarden
 */
function bagFieldOf(id: string): BagField | undefined {
  const code = id.slice(4, 6);
  if (code === '20') return 'nummeraanduiding_id';
  if (code === '01' || code === '02' || code === '03') return 'adresseerbaarobject_id';
  return undefined;
}

/**
 * Decides what an address text is: `1071AA 28B` (read locally, no look-up), a street address in
 * any order, a 16-digit BAG id, or a listing link (funda, pararius, jaap, huispedia; never fetched).
 * A link is recognised before anything else, so it is never read as a street, a number or a key.
 */
export function readAddressInput(text: string): AddressInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none', reason: 'missing' };

  const link = trimmed.split(/\s+/).find(looksLikeUrl);
  if (link !== undefined) {
    const read = readListingUrl(link);
    if (read?.ok) return { kind: 'listing', site: read.site, query: read.query };
    return {
      kind: 'none',
      reason: read?.reason ?? 'unsupported_url',
      ...(read?.site === undefined ? {} : { site: read.site }),
      ...(read?.understood === undefined ? {} : { understood: read.understood }),
    };
  }

  if (/^\d{16}$/.test(trimmed)) {
    const field = bagFieldOf(trimmed);
    return field ? { kind: 'bag', id: trimmed, field } : { kind: 'none', reason: 'not_an_address' };
  }

  const postcodeFirst = LEADING_POSTCODE.exec(trimmed);
  if (postcodeFirst && !NAME_WORD.test(trimmed.slice(postcodeFirst[0].length))) {
    const parsed = parseAddress(trimmed);
    return parsed.ok
      ? { kind: 'postcode', address: parsed.address }
      : { kind: 'none', reason: 'postcode_problem', problem: parsed.problem };
  }

  const query = readStreetQuery(trimmed);
  if (!query) {
    return postcodeFirst
      ? { kind: 'none', reason: 'postcode_problem', problem: 'housenumber_missing' }
      : { kind: 'none', reason: 'not_an_address' };
  }
  if (!query.words.some((w) => /\p{L}/u.test(w))) return { kind: 'none', reason: 'not_an_address' };
  if (query.housenumber === undefined) {
    return { kind: 'none', reason: 'no_number', understood: query.words.join(' ') };
  }
  return { kind: 'street', query };
}
