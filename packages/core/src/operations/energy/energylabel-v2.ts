import { z } from 'zod';
import { defineOperation } from '../define-operation.ts';
import { energylabelV2Output } from './energylabel-output.ts';
import { unwrapOutput } from './output-helpers.ts';
import {
  addressShape,
  apartmentLevelKeys,
  apartmentShape,
  houseLevelKeys,
  houseShape,
  levelShape,
  usageShape,
} from './sustainability-inputs.ts';

/** Labels change only when the home or Altum's model does; a day is plenty. */
const DAY_MS = 24 * 60 * 60 * 1000;
const addressFields = {
  postcode: 'postcode',
  housenumber: 'housenumber',
  addition: 'houseaddition',
} as const;
// Documented flat; a `{"Output": {...}}` wrapper as on v1 is unwrapped rather than rejected.
const output = z.preprocess(unwrapOutput, energylabelV2Output);

/** Estimated current NTA 8800 label of a house, with the measure levels Altum assumes (a Delta baseline). */
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
  cacheTtlMs: DAY_MS,
  address: addressFields,
  input: z.object({ ...addressShape, ...houseShape, ...levelShape(houseLevelKeys), ...usageShape }),
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
  cacheTtlMs: DAY_MS,
  address: addressFields,
  input: z.object({ ...addressShape, ...apartmentShape, ...levelShape(apartmentLevelKeys), ...usageShape }),
  output,
});
