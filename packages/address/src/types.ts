import type { AddressProblem } from '@altum-chat/core';

/**
 * One Dutch address as BAG knows it: what Altum needs (postcode, number, letter, addition) plus
 * what a person recognises (street, city) and the BAG ids. Only postcode and number are certain
 * for an address read locally; the rest comes from PDOK Locatieserver.
 */
export interface ResolvedAddress {
  readonly postcode: string;
  readonly housenumber: number;
  /** BAG huisletter (`A`); absent when there is none or it is unknown. */
  readonly letter?: string;
  /** BAG huisnummertoevoeging (`H`, `2`, `bis`); for a locally read address, whatever was typed after the number. */
  readonly addition?: string;
  readonly street?: string;
  readonly city?: string;
  /** BAG nummeraanduiding id (16 digits). */
  readonly bagId?: string;
  /** BAG adresseerbaar object id, usually a verblijfsobject (16 digits). */
  readonly objectId?: string;
  /** How the address reads: `Damrak 1, 1012LG Amsterdam`. */
  readonly label: string;
  /** `local`: read from the text without any look-up; `pdok`: confirmed by Locatieserver. */
  readonly source: 'local' | 'pdok';
}

/** The listing sites whose URLs name the address in their path. */
export type ListingSite = 'funda' | 'pararius' | 'jaap' | 'huispedia';

/** What kind of text was given; replies and logs say which path an address took. */
export type InputKind = 'postcode' | 'street' | 'bag' | 'listing';

/** Why an input gave no address. */
export type NoMatchReason =
  /** Nothing was typed. */
  | 'missing'
  /** Looked like `1071AA 28` but is not valid (the core problem says why). */
  | 'postcode_problem'
  /** A street (or listing) without a house number. */
  | 'no_number'
  /** A URL from a site whose links carry no address. */
  | 'unsupported_url'
  /** Not recognisable as an address at all. */
  | 'not_an_address'
  /** PDOK knows no such address. */
  | 'not_found';

/** Why a look-up could not be done. Never blocks an address that carries a postcode. */
export type UnavailableReason = 'disabled' | 'timeout' | 'network' | 'upstream';

/** The outcome of resolving one input: one address, a choice, nothing, or no look-up possible. */
export type Resolution =
  | { readonly kind: 'match'; readonly input: InputKind; readonly address: ResolvedAddress }
  | {
      readonly kind: 'choices';
      readonly input: InputKind;
      /** Best first, at most the requested limit (25 by default, Slack's and Discord's menu size). */
      readonly candidates: readonly ResolvedAddress[];
    }
  | {
      readonly kind: 'none';
      readonly reason: NoMatchReason;
      readonly input?: InputKind;
      readonly problem?: AddressProblem;
      /** What was understood (`Prinsengracht, Amsterdam`) so the reply can show it back. */
      readonly understood?: string;
      readonly site?: ListingSite;
    }
  | { readonly kind: 'unavailable'; readonly reason: UnavailableReason; readonly input: InputKind };

/** A suggestion for autocomplete; `label` is itself an input `resolveAddress` resolves. */
export interface AddressSuggestion {
  readonly label: string;
  readonly id: string;
  /** The address fields, when the suggestion is a complete address (not a street or a town). */
  readonly address?: ResolvedAddress;
}
