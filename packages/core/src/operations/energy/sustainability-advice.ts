import { z } from 'zod';
import { HOUSEADDITION_FIELDS } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { adviceShape, apartmentRequestShape, houseRequestShape } from './sustainability-inputs.ts';
import { sustainabilityOutput } from './sustainability-output.ts';

/** Advice for a house: measures that reach a target label, with cost, savings, CO₂ and value change. */
export const sustainability = defineOperation({
  id: 'sustainability',
  method: 'POST',
  path: '/v2/sustainability',
  summary: {
    en: 'Sustainability advice for a house: measures to reach a target label',
    nl: 'Verduurzamingsadvies voor een woning: maatregelen naar een doellabel',
  },
  docsUrl: 'https://docs.altum.ai/english/sustainability/sustainability-api-v2',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  // Documented: 301 {"detail":"Unable to check apartment."} when the address is an apartment.
  apartmentFallback: 'sustainability.apartments',
  input: z.strictObject({
    ...houseRequestShape,
    ...adviceShape,
  }),
  output: sustainabilityOutput('snake'),
});

/** Advice for an apartment; the address block in its answer is spelled housenumber/postcode/houseaddition. */
export const sustainabilityApartments = defineOperation({
  id: 'sustainability.apartments',
  method: 'POST',
  path: '/v2/sustainability/apartments',
  summary: {
    en: 'Sustainability advice for an apartment: measures to reach a target label',
    nl: 'Verduurzamingsadvies voor een appartement: maatregelen naar een doellabel',
  },
  docsUrl: 'https://docs.altum.ai/english/sustainability/sustainability-api-v2-apartments',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({
    ...apartmentRequestShape,
    ...adviceShape,
  }),
  output: sustainabilityOutput('flat'),
});
