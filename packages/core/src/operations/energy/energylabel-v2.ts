import { z } from 'zod';
import { HOUSEADDITION_FIELDS } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { energylabelV2Output } from './energylabel-output.ts';
import { unwrapOutput } from './output-helpers.ts';
import { apartmentRequestShape, houseRequestShape } from './sustainability-inputs.ts';

// Documented flat; a `{"Output": {...}}` wrapper as on v1 is unwrapped rather than rejected.
const output = z.preprocess(unwrapOutput, energylabelV2Output);

/**
 * Estimated current NTA 8800 label of a house, with the measure levels Altum assumes (a Delta baseline).
 * Path: the houses page exists in two renderings that disagree — an HTML one ("Laatst bijgewerkt")
 * printing `POST /v2/energylabel`, and the newer Markdown export (the one carrying the llms.txt index
 * and a `.md` twin) printing `POST /v2/energylabel/houses`, beside `/v2/energylabel/apartments`. The
 * newest revision wins: `/v2/energylabel/houses`. The OpenAPI page only gives the rule (`/<api>/openapi`),
 * so `openapi` with `v2/energylabel/houses` is how to confirm it against a live key.
 */
export const energylabelHouses = defineOperation({
  id: 'energylabel.houses',
  method: 'POST',
  path: '/v2/energylabel/houses',
  summary: {
    en: 'Estimated energy label of a house (NTA 8800)',
    nl: 'Geschat energielabel van een woning (NTA 8800)',
  },
  docsUrl:
    'https://docs.altum.ai/english/sustainability/nta-8800-energylabel-v2-api/houses/authentication-input-and-response',
  credits: 1,
  // Labels change only when the home or Altum's model does; a day is plenty.
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject(houseRequestShape),
  output,
});

/** Estimated current NTA 8800 label of an apartment. */
export const energylabelApartments = defineOperation({
  id: 'energylabel.apartments',
  method: 'POST',
  path: '/v2/energylabel/apartments',
  summary: {
    en: 'Estimated energy label of an apartment (NTA 8800)',
    nl: 'Geschat energielabel van een appartement (NTA 8800)',
  },
  docsUrl:
    'https://docs.altum.ai/english/sustainability/nta-8800-energylabel-v2-api/apartments/authentication-input-and-response',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject(apartmentRequestShape),
  output,
});
