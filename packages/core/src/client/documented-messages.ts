import type { AltumErrorKind, AltumErrorReason } from '../errors.ts';

/** How one message Altum documents is classified. */
export interface DocumentedMessage {
  /** Matches Altum's text; anchored on the distinctive words, not on punctuation or quotes. */
  readonly pattern: RegExp;
  readonly kind: AltumErrorKind;
  readonly reason: AltumErrorReason;
  /** The request field to add or fix, for `needs_input` and `invalid_value`. */
  readonly field?: string;
  /** Where the docs print it (one page per message; docs/altum-api/errors.md has them all). */
  readonly source: string;
}

const DOCS = 'https://docs.altum.ai';

/**
 * Every business message Altum's documentation prints (400 `Output`/`detail`, and the same texts in
 * a 200 `Output`), classified once. The order matters only where two patterns could meet: the more
 * specific one comes first ("house type … not found" before "not found").
 */
export const DOCUMENTED_MESSAGES: readonly DocumentedMessage[] = [
  {
    pattern: /house type of the given house was not found in database.*house_type/i,
    kind: 'validation',
    reason: 'needs_input',
    field: 'house_type',
    source: `${DOCS}/english/apis/nta-8800-energylabel-api/authentication-input-and-response`,
  },
  {
    pattern: /current energy label for the given house address not found.*provide the current energy label/i,
    kind: 'validation',
    reason: 'needs_input',
    field: 'current_energy_label',
    source: `${DOCS}/english/sustainability/energylabel-insights-api/authentication-input-and-response`,
  },
  {
    pattern: /not able to provide insights at the moment/i,
    kind: 'upstream',
    reason: 'temporarily_unavailable',
    source: `${DOCS}/english/sustainability/energylabel-insights-api/authentication-input-and-response`,
  },
  {
    // Printed as a bare Python set, `{"We are not able to provide points at the moment."}`: not JSON.
    pattern: /not able to provide points at the moment/i,
    kind: 'upstream',
    reason: 'temporarily_unavailable',
    source: `${DOCS}/english/apis/wws-points-api/authentication-input-and-response`,
  },
  {
    pattern: /could not find any object with your bag id/i,
    kind: 'not_found',
    reason: 'unknown_object',
    field: 'bag_id',
    source: `${DOCS}/english/apis/nta-8800-energylabel-api/authentication-input-and-response`,
  },
  {
    // "The given house address not found in database, the combination of Post Code, House Number and
    // House Addition does not exist." (AVM, WOZ, …) and the v1 label/sustainability wording
    // "Address not found in database, combination of zip code and house number."
    pattern: /address not found in database/i,
    kind: 'not_found',
    reason: 'address_not_found',
    source: `${DOCS}/english/apis/avm-api/authentication-input-and-response`,
  },
  {
    pattern: /given house type is unsupported or unknown/i,
    kind: 'validation',
    reason: 'invalid_value',
    field: 'housetype',
    source: `${DOCS}/english/apis/avm-api/authentication-input-and-response`,
  },
  {
    pattern: /unsupported evaluation date format/i,
    kind: 'validation',
    reason: 'invalid_value',
    field: 'valuationdate',
    source: `${DOCS}/english/apis/avm-api/authentication-input-and-response`,
  },
  {
    pattern: /evaluation date range should be from/i,
    kind: 'validation',
    reason: 'invalid_value',
    field: 'valuationdate',
    source: `${DOCS}/english/apis/avm-api/authentication-input-and-response`,
  },
  {
    pattern: /code used in exclude_measure parameter is invalid/i,
    kind: 'validation',
    reason: 'invalid_value',
    field: 'exclude_measures',
    source: `${DOCS}/english/apis/nta-8800-energylabel-api/authentication-input-and-response`,
  },
  {
    // Dutch in the docs as in the API: "wall insulation code invalid".
    pattern: /gevelisolatie code ongeldig/i,
    kind: 'validation',
    reason: 'invalid_value',
    field: 'wall_insulation',
    source: `${DOCS}/english/apis/nta-8800-energylabel-api/authentication-input-and-response`,
  },
  {
    pattern: /custom cost make sure the parameter 'value' is provided/i,
    kind: 'validation',
    reason: 'invalid_value',
    field: 'custom_costs',
    source: `${DOCS}/english/sustainability/sustainability-api/authentication-input-and-response`,
  },
  {
    pattern: /improvement cost make sure all four parameters/i,
    kind: 'validation',
    reason: 'invalid_value',
    field: 'improvement_costs',
    source: `${DOCS}/english/sustainability/sustainability-api/authentication-input-and-response`,
  },
  {
    pattern: /prediction is too low/i,
    kind: 'rejected',
    reason: 'no_result',
    source: `${DOCS}/english/apis/avm-api/authentication-input-and-response`,
  },
  {
    pattern: /no measures suggested for this combination of input/i,
    kind: 'rejected',
    reason: 'no_result',
    source: `${DOCS}/english/apis/nta-8800-energylabel-api/authentication-input-and-response`,
  },
  {
    pattern: /no housing variant with the selected installation options found/i,
    kind: 'rejected',
    reason: 'no_result',
    source: `${DOCS}/english/apis/nta-8800-energylabel-api/authentication-input-and-response`,
  },
];

/** The documented message `text` is, if any. */
export function findDocumentedMessage(text: string): DocumentedMessage | undefined {
  return DOCUMENTED_MESSAGES.find((entry) => entry.pattern.test(text));
}
