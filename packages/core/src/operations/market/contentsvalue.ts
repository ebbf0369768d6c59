import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { additionInput, optNum, optStr, tolerantObject } from '../schema-helpers.ts';
import { areaInput, requiredNumber, unwrapIfWrapped } from './market-fields.ts';

const euros = z.coerce
  .number({ error: 'amount must be a number of euros, e.g. 5000' })
  .min(0, 'amount must be 0 or more');

/**
 * Household contents value (insurance).
 * https://docs.altum.ai/english/insurance/contents-value-api/authentication-input-and-response
 */
export const contentsvalue = defineOperation({
  id: 'contentsvalue',
  method: 'POST',
  path: '/contentsvalue',
  summary: { en: 'Household contents value', nl: 'Inboedelwaarde' },
  docsUrl: 'https://docs.altum.ai/english/insurance/contents-value-api/authentication-input-and-response',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({
    ...houseadditionAddress,
    // Marked required on this endpoint only [doc]: most homes have no addition, so we send "".
    houseaddition: additionInput.transform((value) => value ?? ''),
    innersurfacearea: areaInput.optional(),
    age_mainbreadwinner: z.coerce
      .number({ error: 'age must be a number of years, e.g. 42' })
      .int()
      .min(16, 'age must be 16 or more')
      .max(120, 'age must be 120 or less')
      .optional(),
    household_composition: z
      .union([z.literal(0), z.literal(1)], { error: 'household_composition is 0 (single) or 1 (couple)' })
      .optional(),
    income_mainbreadwinner: euros.optional(),
    value_audiovisualandPC: euros.optional(),
    value_jewelery: euros.optional(),
    value_specialpossessions: euros.optional(),
    value_tenantinterest: euros.optional(),
  }),
  output: z.preprocess(
    unwrapIfWrapped,
    tolerantObject({
      output_total_household_value: requiredNumber('output_total_household_value'),
      output_points_total: optNum,
      output_value_of_points: optNum,
      output_index_value_1258: optNum,
      output_value_delta: optNum,
      postcode: optStr,
      housenumber: optNum,
      houseaddition: optStr,
      street: optStr,
      city: optStr,
      housetype: optStr,
      buildyear: optNum,
      innersurfacearea: optNum,
    }),
  ),
});
