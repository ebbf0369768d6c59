import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optArray, optNum, optStr, tolerantObject } from '../schema-helpers.ts';
import {
  areaInput,
  dateLimitInput,
  flagInput,
  requiredNumber,
  unwrapIfWrapped,
  weightInput,
} from './market-fields.ts';

/** One surface-area bucket of the rent distribution; every value arrives as a string [doc, older page]. */
const rentBucket = tolerantObject({
  min_sqm: optNum,
  max_sqm: optNum,
  sample_count: optNum,
  rent_total: optNum,
  innersurfacearea_total: optNum,
  rent_innersurfacearea: optNum,
  avg_rent: optNum,
});

/**
 * Comparable rentals and a market rent. The response shape comes from the older English docs page
 * (flat, `reference_data` block, numbers as strings) [doc, older version]; the current page omits it.
 * https://docs.altum.ai/english/financing/rental-reference-api/authentication-input-and-response
 */
export const rentalreference = defineOperation({
  id: 'rentalreference',
  method: 'POST',
  path: '/rental-reference',
  summary: { en: 'Market rent from comparable rentals', nl: 'Markthuur uit vergelijkbare huurwoningen' },
  docsUrl: 'https://docs.altum.ai/english/financing/rental-reference-api/authentication-input-and-response',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({
    ...houseadditionAddress,
    innersurfacearea: areaInput.optional(),
    furnished_target: flagInput.optional(),
    garden_target: flagInput.optional(),
    reference_number: z.coerce
      .number()
      .int()
      .min(10, 'reference_number must be 10 to 30')
      .max(30, 'reference_number must be 10 to 30')
      .optional(),
    date_limit: dateLimitInput.optional(),
    window_limit: flagInput.optional(),
    furnished: flagInput.optional(),
    garden: flagInput.optional(),
    weight_innersurfacearea: weightInput.optional(),
    weight_recency: weightInput.optional(),
    weight_distance: weightInput.optional(),
  }),
  output: z.preprocess(
    unwrapIfWrapped,
    tolerantObject({
      postcode: optStr,
      housenumber: optNum,
      houseaddition: optStr,
      street: optStr,
      city: optStr,
      longitude: optNum,
      latitude: optNum,
      inner_surface_area: optNum,
      furnished: optNum,
      garden: optNum,
      reference_data: tolerantObject(
        {
          market_rent: requiredNumber('reference_data.market_rent'),
          number_of_references: optNum,
          rent_distribution: optArray(rentBucket),
        },
        { marketrent: 'market_rent', MarketRent: 'market_rent' },
      ),
    }),
  ),
});
