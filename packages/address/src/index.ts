export type {
  AddressResolver,
  AddressResolverOptions,
  ResolveOptions,
  SuggestResult,
} from './create-resolver.ts';
export {
  createAddressResolver,
  DEFAULT_PDOK_TIMEOUT_MS,
  MAX_CANDIDATES,
  toAltumAddress,
} from './create-resolver.ts';
export { findAddressIn } from './find-address.ts';
export { addressCandidatesIn } from './find-in-text.ts';
export { looksLikeUrl, readListingUrl } from './listing-url.ts';
export { DEFAULT_PDOK_URL, EMPTY_TTL_MS, FOUND_TTL_MS } from './pdok-client.ts';
export type { AddressInput, BagField } from './read-input.ts';
export { readAddressInput } from './read-input.ts';
export type { StreetQuery } from './street-query.ts';
export type {
  AddressSuggestion,
  InputKind,
  ListingSite,
  NoMatchReason,
  Resolution,
  ResolvedAddress,
  UnavailableReason,
} from './types.ts';
