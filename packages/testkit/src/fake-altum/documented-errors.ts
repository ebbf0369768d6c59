import type { AltumErrorOptions } from '@altum-chat/core';

/**
 * Every error body Altum's documentation prints, as the fake serves it (docs/altum-api/errors.md
 * lists the same entries with their pages). A `raw` body is sent byte for byte: the docs print some
 * bodies that are not JSON (Python reprs with single quotes, a bare `{'…'}`), and the client must cope.
 * Contract tests in `documented-errors.test.ts` play each one through the real client.
 */
export interface DocumentedErrorBody {
  /** Short stable name, used in test titles and the docs list. */
  readonly name: string;
  readonly status: number;
  /** The JSON body, or `{ raw }` for a body that is sent as printed. */
  readonly body: unknown;
  /** The operation whose page prints it (the one the contract test calls). */
  readonly operationId: string;
  /** docs.altum.ai page that prints it. */
  readonly source: string;
}

/** A body sent as text exactly as the docs print it. */
export interface RawBody {
  readonly raw: string;
}

export function isRawBody(body: unknown): body is RawBody {
  return body !== null && typeof body === 'object' && typeof (body as RawBody).raw === 'string';
}

const DOCS = 'https://docs.altum.ai';
const LABEL_V1 = `${DOCS}/english/apis/nta-8800-energylabel-api/authentication-input-and-response`;
const AVM = `${DOCS}/english/apis/avm-api/authentication-input-and-response`;
const INSIGHTS = `${DOCS}/english/sustainability/energylabel-insights-api/authentication-input-and-response`;
const WWS_OLD = `${DOCS}/english/apis/wws-points-api/authentication-input-and-response`;
const ERRORS = `${DOCS}/api-error-codes`;
const POSTCODE_REGEX = '^(?!1000|1001|1002|1003|1004|1005|1006|1007|1008|1009|1010)[1-9][0-9]{3}[A-Z]{2}$';

export const HOUSE_TYPE_MESSAGE =
  'The house type of the given house was not found in database. Use house_type parameter instead.';
export const INSIGHTS_LATER_MESSAGE = 'We are not able to provide insights at the moment.';

export const DOCUMENTED_ERROR_BODIES: readonly DocumentedErrorBody[] = [
  {
    name: 'label-v1-address-not-found',
    status: 400,
    body: { detail: 'Address not found in database, combination of zip code and house number.' },
    operationId: 'energylabel.v1',
    source: LABEL_V1,
  },
  {
    name: 'label-v1-no-measures',
    status: 400,
    body: { detail: 'No measures suggested for this combination of input.' },
    operationId: 'energylabel.v1',
    source: LABEL_V1,
  },
  {
    name: 'label-v1-exclude-measure-code',
    status: 400,
    body: { detail: 'Code used in exclude_measure parameter is invalid' },
    operationId: 'energylabel.v1',
    source: LABEL_V1,
  },
  {
    name: 'label-v1-no-housing-variant',
    status: 400,
    body: {
      detail:
        'No housing variant with the selected installation options found with which the goal can be reached within the investment limit. Try again with different inputs and/or different search criteria.',
    },
    operationId: 'energylabel.v1',
    source: LABEL_V1,
  },
  {
    name: 'label-v1-wall-code',
    status: 400,
    body: { detail: 'Gevelisolatie code ongeldig' },
    operationId: 'energylabel.v1',
    source: LABEL_V1,
  },
  {
    name: 'label-v1-apartment',
    status: 301,
    body: { detail: 'Unable to check apartment.' },
    operationId: 'energylabel.v1',
    source: LABEL_V1,
  },
  {
    name: 'label-v1-house-type',
    status: 400,
    body: { detail: HOUSE_TYPE_MESSAGE },
    operationId: 'energylabel.v1',
    source: LABEL_V1,
  },
  {
    name: 'label-v1-bag-id',
    status: 400,
    body: { detail: 'Could not find any object with your BAG ID.' },
    operationId: 'energylabel.v1.bag',
    source: LABEL_V1,
  },
  {
    name: 'label-v1-no-access-python',
    status: 401,
    body: {
      raw: "{\n'Output': 'Please use https://api.altum.ai or visit https://mopsus.altum.ai to make your request.'\n}",
    },
    operationId: 'energylabel.v1',
    source: LABEL_V1,
  },
  {
    name: 'label-v1-server-error',
    status: 500,
    body: { message: 'Internal server error' },
    operationId: 'energylabel.v1',
    source: LABEL_V1,
  },
  {
    name: 'missing-token',
    status: 403,
    body: { message: 'Missing Authentication Token' },
    operationId: 'avm',
    source: AVM,
  },
  {
    name: 'postcode-regex',
    status: 422,
    body: {
      detail: [
        {
          loc: ['body', 'postcode'],
          msg: `string does not match regex "${POSTCODE_REGEX}"`,
          type: 'value_error.str.regex',
          ctx: { pattern: POSTCODE_REGEX },
        },
      ],
    },
    operationId: 'avm',
    source: AVM,
  },
  {
    name: 'avm-address-not-found',
    status: 400,
    body: {
      Output:
        'The given house address not found in database, the combination of Post Code, House Number and House Addition does not exist.',
    },
    operationId: 'avm',
    source: AVM,
  },
  {
    name: 'avm-date-format-python-set',
    status: 400,
    body: { raw: "{\n'Unsupported evaluation date format, it should be YYYYMMDD.'\n}" },
    operationId: 'avm',
    source: AVM,
  },
  {
    name: 'avm-date-range-python-set',
    status: 400,
    body: { raw: "{\n'The evaluation date range should be from {} and until {}.'\n}" },
    operationId: 'avm',
    source: AVM,
  },
  {
    name: 'avm-house-type-python',
    status: 400,
    body: { raw: "{\n'Output': 'The given house type is unsupported or unknown.'\n}" },
    operationId: 'avm',
    source: AVM,
  },
  {
    name: 'avm-prediction-too-low-python',
    status: 400,
    body: { raw: "{\n'Output': 'The prediction is too low.'\n}" },
    operationId: 'avm',
    source: AVM,
  },
  {
    name: 'insights-needs-current-label',
    status: 400,
    body: {
      Output:
        'The current energy label for the given house address not found in database. Please provide the current energy label.',
    },
    operationId: 'energyinsights',
    source: INSIGHTS,
  },
  {
    name: 'insights-not-at-the-moment',
    status: 400,
    body: { Output: INSIGHTS_LATER_MESSAGE },
    operationId: 'energyinsights',
    source: INSIGHTS,
  },
  {
    name: 'wws-points-not-at-the-moment',
    status: 400,
    body: { raw: '{\n"We are not able to provide points at the moment."\n}' },
    operationId: 'wws',
    source: WWS_OLD,
  },
  {
    name: 'wws-const-source',
    status: 422,
    body: {
      detail: [
        {
          loc: ['body', 'source'],
          msg: 'unexpected value; permitted: 0, 1',
          type: 'value_error.const',
          ctx: { given: 2, permitted: [0, 1] },
        },
      ],
    },
    operationId: 'wws',
    source: WWS_OLD,
  },
  {
    name: 'wws-root-energy-label',
    status: 422,
    body: {
      detail: [
        {
          loc: ['body', '__root__'],
          msg: "The energy_label must be one of ['A++++', 'A+++', 'A++', 'A+', 'A', 'B', 'C', 'D', 'E', 'F', 'G']",
          type: 'value_error',
        },
      ],
    },
    operationId: 'wws',
    source: WWS_OLD,
  },
  {
    name: 'sustainability-custom-cost',
    status: 400,
    body: { detail: "For a given custom cost make sure the parameter 'value' is provided." },
    operationId: 'sustainability.v1',
    source: `${DOCS}/english/sustainability/sustainability-api/authentication-input-and-response`,
  },
  {
    name: 'sustainability-improvement-cost',
    status: 400,
    body: {
      detail:
        "For a given improvement cost make sure all four parameters: 'material', 'work', 'saving_material' and 'saving_work' are provided.",
    },
    operationId: 'sustainability.v1',
    source: `${DOCS}/english/sustainability/sustainability-api/authentication-input-and-response`,
  },
  {
    name: 'json-decode',
    status: 422,
    body: {
      detail: [
        {
          loc: ['body', 43],
          msg: 'Expecting value: line 3 column 18 (char 43)',
          type: 'value_error.jsondecode',
          ctx: { msg: 'Expecting value', pos: 43, lineno: 3, colno: 18 },
        },
      ],
    },
    operationId: 'avm',
    source: `${ERRORS}/422`,
  },
  {
    name: 'rate-limit',
    status: 429,
    body: { message: 'API key limit exceeded' },
    operationId: 'avm',
    source: `${ERRORS}/429`,
  },
  {
    name: 'credit-forbidden',
    status: 403,
    body: { message: 'Forbidden' },
    operationId: 'credit',
    source: `${DOCS}/english/developers/credit-api`,
  },
];

/**
 * Addresses that make the fake answer with a documented body: postcode 9998ZZ, house number = the
 * entry's position in `DOCUMENTED_ERROR_BODIES` plus one. Lets demos and chat tests reach every
 * documented error through a plain address.
 */
export const DOCUMENTED_ERROR_POSTCODE = '9998ZZ';

export function documentedErrorFor(postcode: string, housenumber: number): DocumentedErrorBody | undefined {
  return postcode === DOCUMENTED_ERROR_POSTCODE ? DOCUMENTED_ERROR_BODIES[housenumber - 1] : undefined;
}

/**
 * Two classified errors as the client builds them from documented bodies, for renderer tests that
 * need the error without a round trip (the round trip is tested in chat's contract test).
 */
export const DOCUMENTED_ERROR_SAMPLES = {
  needsInput: {
    kind: 'validation',
    reason: 'needs_input',
    field: 'house_type',
    operationId: 'energylabel.houses',
    status: 400,
    message: 'energylabel.houses (POST /v2/energylabel/houses): needs house_type',
    altumMessage: HOUSE_TYPE_MESSAGE,
  },
  later: {
    kind: 'upstream',
    reason: 'temporarily_unavailable',
    operationId: 'energyinsights',
    status: 400,
    message: 'energyinsights (POST /energyinsights): not at the moment',
    // Markup characters, so renderers show they escape Altum's words.
    altumMessage: 'We are not able to provide <insights> at the moment.',
  },
} as const satisfies Record<string, AltumErrorOptions>;
