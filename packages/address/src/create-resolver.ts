import { type Address, createMemoryCache, formatAddress, type ResponseCache } from '@altum-chat/core';
import type { Dispatcher } from 'undici';
import { dedupe, rankCandidates } from './match-candidates.ts';
import { createPdokClient, DEFAULT_PDOK_URL, PdokUnavailable, plainQuery } from './pdok-client.ts';
import { ADDRESS_FIELDS, toResolved } from './pdok-docs.ts';
import { type AddressInput, readAddressInput } from './read-input.ts';
import { queryText, type StreetQuery } from './street-query.ts';
import type { AddressSuggestion, InputKind, Resolution, ResolvedAddress } from './types.ts';

/** Slack's static select and Discord's select menu and autocomplete all stop at 25 options. */
export const MAX_CANDIDATES = 25;
/** Short enough that a free-text command still answers promptly when PDOK is slow. */
export const DEFAULT_PDOK_TIMEOUT_MS = 2_000;

export interface AddressResolverOptions {
  /** Locatieserver v3.1 base URL (`PDOK_LOCATIESERVER_URL`); `off` reads addresses locally only. */
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
  /** Extra attempts after a network error or 429/5xx (default 1). */
  readonly retries?: number;
  /** Where look-ups are kept; pass the store's response cache to share them between instances. */
  readonly cache?: ResponseCache;
  readonly dispatcher?: Dispatcher;
}

export interface ResolveOptions {
  /** Most candidates returned for a choice (default and maximum 25). */
  readonly limit?: number;
  readonly signal?: AbortSignal;
}

/** Autocomplete answers: suggestions, or why there are none this time. */
export type SuggestResult =
  | { readonly ok: true; readonly suggestions: readonly AddressSuggestion[] }
  | { readonly ok: false; readonly reason: 'disabled' | 'timeout' | 'network' | 'upstream' };

/** Turns what people type or paste into the address Altum needs, on PDOK Locatieserver (free, no key). */
export interface AddressResolver {
  /** False when `PDOK_LOCATIESERVER_URL=off`: postcodes still resolve, free text answers `unavailable`. */
  readonly enabled: boolean;
  resolveAddress(text: string, options?: ResolveOptions): Promise<Resolution>;
  /** Free autocomplete from PDOK `/suggest`; each `label` resolves with `resolveAddress`. */
  suggestAddresses(text: string, options?: ResolveOptions): Promise<SuggestResult>;
  close(): Promise<void>;
}

/** The address Altum takes: BAG letter and addition as one `houseaddition` (`A`, `H`, `A2`). */
export function toAltumAddress(address: ResolvedAddress): Address {
  const addition = `${address.letter ?? ''}${address.addition ?? ''}`;
  return addition === ''
    ? { postcode: address.postcode, housenumber: address.housenumber }
    : { postcode: address.postcode, housenumber: address.housenumber, addition };
}

function localAddress(address: Address): ResolvedAddress {
  return {
    postcode: address.postcode,
    housenumber: address.housenumber,
    ...(address.addition === undefined ? {} : { addition: address.addition }),
    label: formatAddress(address),
    source: 'local',
  };
}

/** PDOK off or down, but the text named postcode and number: that is all Altum needs. */
function fallbackFor(query: StreetQuery): ResolvedAddress | undefined {
  if (query.postcode === undefined || query.housenumber === undefined) return undefined;
  return localAddress({
    postcode: query.postcode,
    housenumber: query.housenumber,
    ...(query.suffix === undefined ? {} : { addition: query.suffix }),
  });
}

function limitOf(options: ResolveOptions | undefined): number {
  return Math.max(1, Math.min(MAX_CANDIDATES, Math.floor(options?.limit ?? MAX_CANDIDATES)));
}

/**
 * Creates the resolver. Postcode forms (`1071AA 28B`) never wait for PDOK; street addresses, BAG ids
 * and listing links are looked up on `/free`, answers cached for a day (BAG updates daily).
 */
export function createAddressResolver(options: AddressResolverOptions = {}): AddressResolver {
  const baseUrl = options.baseUrl?.trim() || DEFAULT_PDOK_URL;
  const enabled = baseUrl.toLowerCase() !== 'off';
  const pdok = enabled
    ? createPdokClient({
        baseUrl,
        timeoutMs: options.timeoutMs ?? DEFAULT_PDOK_TIMEOUT_MS,
        retries: options.retries ?? 1,
        cache: options.cache ?? createMemoryCache({ maxEntries: 2_000 }),
        ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
      })
    : undefined;

  async function lookUp(
    fq: string[],
    q: string | undefined,
    signal?: AbortSignal,
  ): Promise<{ address: ResolvedAddress; main: boolean }[]> {
    if (!pdok) throw new PdokUnavailable('upstream');
    const docs = await pdok.search(
      'free',
      { ...(q ? { q } : {}), fq: ['type:adres', ...fq], fl: ADDRESS_FIELDS.join(' '), rows: 50 },
      signal,
    );
    return docs.map(toResolved).filter((d): d is NonNullable<typeof d> => d !== undefined);
  }

  function choose(input: InputKind, candidates: readonly ResolvedAddress[], limit: number): Resolution {
    if (candidates.length === 0) return { kind: 'none', reason: 'not_found', input };
    if (candidates.length === 1) return { kind: 'match', input, address: candidates[0] as ResolvedAddress };
    return { kind: 'choices', input, candidates: candidates.slice(0, limit) };
  }

  async function resolveStreet(
    input: InputKind,
    query: StreetQuery,
    limit: number,
    signal?: AbortSignal,
  ): Promise<Resolution> {
    const fallback = fallbackFor(query);
    if (!pdok) {
      return fallback
        ? { kind: 'match', input, address: fallback }
        : { kind: 'unavailable', reason: 'disabled', input };
    }
    const fq = [
      ...(query.housenumber === undefined ? [] : [`huisnummer:${query.housenumber}`]),
      ...(query.postcode === undefined ? [] : [`postcode:${query.postcode}`]),
    ];
    let docs: ResolvedAddress[];
    try {
      docs = (await lookUp(fq, plainQuery(queryText(query)), signal)).map((d) => d.address);
    } catch (error) {
      if (!(error instanceof PdokUnavailable)) throw error;
      return fallback
        ? { kind: 'match', input, address: fallback }
        : { kind: 'unavailable', reason: error.reason, input };
    }
    // PDOK does not know it (a new build?), but postcode and number are all Altum needs.
    if (docs.length === 0 && fallback) return { kind: 'match', input, address: fallback };
    const ranked = rankCandidates(query, docs);
    if (ranked.certain) return { kind: 'match', input, address: ranked.candidates[0] as ResolvedAddress };
    if (ranked.candidates.length === 0) return { kind: 'none', reason: 'not_found', input };
    return { kind: 'choices', input, candidates: ranked.candidates.slice(0, limit) };
  }

  async function resolveInput(
    parsed: AddressInput,
    limit: number,
    signal?: AbortSignal,
  ): Promise<Resolution> {
    switch (parsed.kind) {
      case 'none':
        return {
          kind: 'none',
          reason: parsed.reason,
          ...(parsed.problem ? { problem: parsed.problem } : {}),
          ...(parsed.site ? { site: parsed.site, input: 'listing' as const } : {}),
          ...(parsed.understood ? { understood: parsed.understood } : {}),
        };
      case 'postcode':
        return { kind: 'match', input: 'postcode', address: localAddress(parsed.address) };
      case 'street':
        return resolveStreet('street', parsed.query, limit, signal);
      case 'listing':
        return resolveStreet('listing', parsed.query, limit, signal);
      case 'bag': {
        if (!pdok) return { kind: 'unavailable', reason: 'disabled', input: 'bag' };
        try {
          const docs = await lookUp([`${parsed.field}:${parsed.id}`], undefined, signal);
          // A verblijfsobject with nevenadressen: its hoofdadres is the one meant.
          const main = docs.filter((d) => d.main).map((d) => d.address);
          return choose('bag', dedupe(main.length === 1 ? main : docs.map((d) => d.address)), limit);
        } catch (error) {
          if (!(error instanceof PdokUnavailable)) throw error;
          return { kind: 'unavailable', reason: error.reason, input: 'bag' };
        }
      }
    }
  }

  return {
    enabled,
    resolveAddress(text, resolveOptions) {
      return resolveInput(readAddressInput(text), limitOf(resolveOptions), resolveOptions?.signal);
    },
    async suggestAddresses(text, resolveOptions) {
      if (!pdok) return { ok: false, reason: 'disabled' };
      const q = plainQuery(text);
      // v3.1 requires a non-empty q on /suggest; one character suggests the whole country.
      if (q.length < 2) return { ok: true, suggestions: [] };
      try {
        // The address fields too, so a suggestion fills in postcode and number without a second look-up.
        const docs = await pdok.search(
          'suggest',
          { q, fq: ['type:adres'], fl: ADDRESS_FIELDS.join(' '), rows: limitOf(resolveOptions) },
          resolveOptions?.signal,
        );
        const suggestions = docs.flatMap((doc): AddressSuggestion[] => {
          if (typeof doc.weergavenaam !== 'string' || typeof doc.id !== 'string') return [];
          const address = toResolved(doc)?.address;
          return [{ label: doc.weergavenaam, id: doc.id, ...(address ? { address } : {}) }];
        });
        return { ok: true, suggestions };
      } catch (error) {
        if (!(error instanceof PdokUnavailable)) throw error;
        return { ok: false, reason: error.reason };
      }
    },
    async close() {
      await pdok?.close();
    },
  };
}
