import type { Address } from '@altum-chat/core';

/** Keys the fake knows out of the box. */
export const FAKE_KEYS = {
  valid: 'fake-altum-key-0001',
  /** Answers 401 "Please use https://api.altum.ai …", like a key on the wrong host or plan. */
  noAccess: 'fake-altum-key-no-access',
  /** Works everywhere except /credit, which answers 403 Forbidden (feature not enabled). */
  noCreditFeature: 'fake-altum-key-no-credit-feature',
} as const;

/** Addresses with built-in behaviour; any other valid address answers with the fixture. */
export const FAKE_ADDRESSES = {
  /** A normal single-family house: every endpoint answers. */
  house: { postcode: '1071AA', housenumber: 28, addition: 'B' },
  /** An apartment: houses sustainability endpoints answer 301 "Unable to check apartment.". */
  apartment: { postcode: '1017CE', housenumber: 101, addition: 'A02' },
  /** Unknown to Altum: address lookups answer 400 "… not found in database …". */
  notFound: { postcode: '9999ZZ', housenumber: 1 },
} as const satisfies Record<string, Address>;

/** Altum's documented 400 message for an unknown address. */
export const ADDRESS_NOT_FOUND_MESSAGE =
  'The given house address not found in database, the combination of Post Code, House Number and House Addition does not exist.';

export const APARTMENT_DETAIL = 'Unable to check apartment.';

export const NO_ACCESS_MESSAGE =
  'Please use https://api.altum.ai or visit https://mopsus.altum.ai to make your request.';

/** The address a request names, read through the operation's declared field spelling. */
export interface RequestedAddress {
  readonly postcode: string;
  readonly housenumber: number;
  readonly addition: string | undefined;
}

export function sameAddress(requested: RequestedAddress, known: Address): boolean {
  return (
    requested.postcode === known.postcode &&
    requested.housenumber === known.housenumber &&
    (requested.addition ?? '') === (known.addition ?? '')
  );
}

/** Default bodies per status, as Altum / API Gateway send them (docs.altum.ai/api-error-codes). */
export function defaultBodyFor(status: number): unknown {
  switch (status) {
    case 400:
      return { Output: ADDRESS_NOT_FOUND_MESSAGE };
    case 401:
      return { Output: NO_ACCESS_MESSAGE };
    case 403:
      return { message: 'Missing Authentication Token' };
    case 404:
      return { message: 'Not Found' };
    case 422:
      return { detail: [{ loc: ['body', 'postcode'], msg: 'field required', type: 'value_error.missing' }] };
    case 429:
      return { message: 'API key limit exceeded' };
    case 502:
      return { message: 'Bad Gateway' };
    case 503:
      return { message: 'Service Unavailable' };
    case 504:
      return { message: 'Endpoint request timed out' };
    default:
      return status >= 500 ? { message: 'Internal server error' } : {};
  }
}
