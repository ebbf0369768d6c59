import {
  type AltumError,
  type AltumErrorKind,
  type AltumErrorReason,
  createAltumClient,
  getOperation,
  isAltumError,
  type OperationId,
} from '@altum-chat/core';
import {
  DOCUMENTED_ERROR_BODIES,
  DOCUMENTED_ERROR_POSTCODE,
  type DocumentedErrorBody,
  FAST_RETRY,
  fixtures,
  startFakeAltum,
} from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../commands/registry.ts';
import { createTranslator } from '../i18n/translate.ts';
import { errorReply } from './error-reply.ts';

/**
 * One contract test per error body the docs print: the real client (undici) against the fake Altum,
 * which serves the same body. Expectations are written here by hand, not derived from the classifier.
 */
interface Expected {
  readonly kind: AltumErrorKind;
  readonly reason: AltumErrorReason;
  readonly field?: string;
  /** Altum's words the reply must quote (`undefined`: the reply need not quote). */
  readonly quoted?: string;
  readonly title: { en: string; nl: string };
}

const NOT_FOUND = { en: 'Address not found', nl: 'Adres niet gevonden' };
const VALIDATION = { en: 'Altum did not accept the input', nl: 'Altum accepteert de invoer niet' };
const REJECTED = { en: 'Altum could not answer', nl: 'Altum kon geen antwoord geven' };
const AUTH = { en: 'Altum did not accept the API key', nl: 'Altum accepteert de API-sleutel niet' };
const LATER = { en: 'Altum cannot answer right now', nl: 'Altum kan nu geen antwoord geven' };

const EXPECTED: Record<string, Expected> = {
  'label-v1-address-not-found': { kind: 'not_found', reason: 'address_not_found', title: NOT_FOUND },
  'label-v1-no-measures': {
    kind: 'rejected',
    reason: 'no_result',
    quoted: 'No measures suggested for this combination of input.',
    title: REJECTED,
  },
  'label-v1-exclude-measure-code': {
    kind: 'validation',
    reason: 'invalid_value',
    field: 'exclude_measures',
    title: VALIDATION,
  },
  'label-v1-no-housing-variant': {
    kind: 'rejected',
    reason: 'no_result',
    quoted: 'No housing variant with the selected installation options found',
    title: REJECTED,
  },
  'label-v1-wall-code': {
    kind: 'validation',
    reason: 'invalid_value',
    field: 'wall_insulation',
    title: VALIDATION,
  },
  'label-v1-apartment': { kind: 'validation', reason: 'apartment', title: VALIDATION },
  'label-v1-house-type': {
    kind: 'validation',
    reason: 'needs_input',
    field: 'house_type',
    quoted: 'Use house_type parameter instead.',
    title: { en: 'Altum needs one more detail', nl: 'Altum heeft nog één gegeven nodig' },
  },
  'label-v1-bag-id': { kind: 'not_found', reason: 'unknown_object', field: 'bag_id', title: NOT_FOUND },
  'label-v1-no-access-python': { kind: 'auth', reason: 'no_access', title: AUTH },
  'label-v1-server-error': {
    kind: 'upstream',
    reason: 'server_error',
    title: { en: 'Altum had a problem', nl: 'Altum had een probleem' },
  },
  'missing-token': { kind: 'auth', reason: 'missing_token', title: AUTH },
  'postcode-regex': { kind: 'validation', reason: 'schema', title: VALIDATION },
  'avm-address-not-found': { kind: 'not_found', reason: 'address_not_found', title: NOT_FOUND },
  'avm-date-format-python-set': {
    kind: 'validation',
    reason: 'invalid_value',
    field: 'valuationdate',
    title: VALIDATION,
  },
  'avm-date-range-python-set': {
    kind: 'validation',
    reason: 'invalid_value',
    field: 'valuationdate',
    title: VALIDATION,
  },
  'avm-house-type-python': {
    kind: 'validation',
    reason: 'invalid_value',
    field: 'housetype',
    title: VALIDATION,
  },
  'avm-prediction-too-low-python': {
    kind: 'rejected',
    reason: 'no_result',
    quoted: 'The prediction is too low.',
    title: REJECTED,
  },
  'insights-needs-current-label': {
    kind: 'validation',
    reason: 'needs_input',
    field: 'current_energy_label',
    quoted: 'Please provide the current energy label.',
    title: { en: 'Altum needs one more detail', nl: 'Altum heeft nog één gegeven nodig' },
  },
  'insights-not-at-the-moment': {
    kind: 'upstream',
    reason: 'temporarily_unavailable',
    quoted: 'We are not able to provide insights at the moment.',
    title: LATER,
  },
  'wws-points-not-at-the-moment': {
    kind: 'upstream',
    reason: 'temporarily_unavailable',
    quoted: 'We are not able to provide points at the moment.',
    title: LATER,
  },
  'wws-const-source': { kind: 'validation', reason: 'schema', title: VALIDATION },
  'wws-root-energy-label': { kind: 'validation', reason: 'schema', title: VALIDATION },
  'sustainability-custom-cost': {
    kind: 'validation',
    reason: 'invalid_value',
    field: 'custom_costs',
    title: VALIDATION,
  },
  'sustainability-improvement-cost': {
    kind: 'validation',
    reason: 'invalid_value',
    field: 'improvement_costs',
    title: VALIDATION,
  },
  'json-decode': { kind: 'validation', reason: 'schema', title: VALIDATION },
  'rate-limit': {
    kind: 'rate_limited',
    reason: 'limit_exceeded',
    title: { en: 'Altum limit reached', nl: 'Altum-limiet bereikt' },
  },
  'credit-forbidden': {
    kind: 'forbidden',
    reason: 'feature_not_enabled',
    title: { en: 'No access to this API', nl: 'Geen toegang tot deze API' },
  },
};

/** A valid request for the entry's operation; address operations get the fake's documented-error address. */
function requestFor(entry: DocumentedErrorBody, position: number): Record<string, unknown> {
  const operation = getOperation(entry.operationId);
  const fixture = fixtures.get(entry.operationId);
  if (!operation || !fixture) throw new Error(`no operation or fixture for ${entry.operationId}`);
  const request: Record<string, unknown> = { ...fixture.request };
  const spelling = operation.address;
  if (spelling) {
    request[spelling.postcode] = DOCUMENTED_ERROR_POSTCODE;
    request[spelling.housenumber] = position + 1;
    if (spelling.addition) delete request[spelling.addition];
  }
  return request;
}

async function play(entry: DocumentedErrorBody, position: number) {
  await using fake = await startFakeAltum();
  await using client = createAltumClient({ baseUrl: fake.url, retry: FAST_RETRY, cache: false });
  const operation = getOperation(entry.operationId);
  // Operations without an address cannot point at the documented-error address: the same body is injected.
  if (!operation?.address) {
    const body = entry.body as { raw?: string };
    fake.inject({
      operationId: entry.operationId,
      status: entry.status,
      body: typeof body.raw === 'string' ? body.raw : entry.body,
    });
  }
  const request = requestFor(entry, position);
  let error: AltumError | undefined;
  try {
    await client.call(entry.operationId as OperationId, request as never, { apiKey: fake.apiKey });
  } catch (caught) {
    if (!isAltumError(caught)) throw caught;
    error = caught;
  }
  return { error, sent: fake.requests.map((r) => r.body ?? r.query) };
}

describe('every error body the docs print, through the real client and the fake', () => {
  it('has an expectation for every documented body, and no stale ones', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(DOCUMENTED_ERROR_BODIES.map((entry) => entry.name).sort());
  });

  it.each(DOCUMENTED_ERROR_BODIES.map((entry, position) => [entry.name, entry, position] as const))(
    '%s',
    async (_name, entry, position) => {
      const expected = EXPECTED[entry.name];
      if (!expected) throw new Error(`no expectation for ${entry.name}`);
      const { error, sent } = await play(entry, position);
      expect(error?.kind).toBe(expected.kind);
      expect(error?.reason).toBe(expected.reason);
      expect(error?.status).toBe(entry.status);
      expect(error?.field).toBe(expected.field);
      expect(error?.beforeSend).toBe(false);
      // The request reached Altum's fake once, with the address or home the caller gave.
      expect(sent).toHaveLength(1);
      const operation = getOperation(entry.operationId);
      if (operation?.address) {
        expect(sent[0]).toMatchObject({
          [operation.address.postcode]: DOCUMENTED_ERROR_POSTCODE,
          [operation.address.housenumber]: expect.anything(),
        });
      }
      for (const locale of ['en', 'nl'] as const) {
        const reply = errorReply(error, {
          t: createTranslator(locale),
          locale,
          reference: 'REF12345',
          command: defaultRegistry.get('label'),
        });
        expect(reply.title).toBe(expected.title[locale]);
        if (expected.quoted) expect(reply.summary).toContain(expected.quoted);
        expect(JSON.stringify(reply)).not.toContain('empty answer');
      }
    },
  );
});
