import { z } from 'zod';
import { ADDITION_FIELDS, additionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optNum, tolerantObject } from '../schema-helpers.ts';
import { bagIdOutput, hasAny, optTextOrNone as optText } from './market-fields.ts';

/** The `bag` block; the docs cut the example after `latitude`, so later fields pass through untyped [unknown]. */
const bagBlock = tolerantObject(
  {
    bagid: bagIdOutput,
    postcode: optText,
    housenumber: optNum,
    houseaddition: optText,
    valuationdate: optText,
    houseletter: optText,
    houseaddress: optText,
    city: optText,
    street: optText,
    street_type: optText,
    object_function: optText,
    build_year: optNum,
    num_id: bagIdOutput,
    opr_id: bagIdOutput,
    inner_surface_area: optNum,
    outer_surface_area: optNum,
    object_status: optText,
    type_adressable_object: optText,
    city_status: optText,
    neighbourhood_code: optText,
    longitude: optNum,
    latitude: optNum,
  },
  { bag_id: 'bagid', BagID: 'bagid' },
).refine((fields) => hasAny(fields, ['bagid', 'postcode']), {
  message: 'response bag block names no object',
});

/**
 * BAG and neighbourhood data of an address, in a lower-case `output` wrapper with sub-blocks.
 * https://docs.altum.ai/english/property-data/location-data-api/authentication-input-and-response
 */
export const locationdata = defineOperation({
  id: 'locationdata',
  method: 'POST',
  path: '/location-data',
  summary: { en: 'Location and neighbourhood data', nl: 'Locatie- en buurtgegevens' },
  docsUrl: 'https://docs.altum.ai/english/property-data/location-data-api/authentication-input-and-response',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: ADDITION_FIELDS,
  // `addition`, not `houseaddition`, and `housenumber` sent as the documented string, like /woz [doc].
  input: z.strictObject(additionAddress),
  output: tolerantObject({ output: tolerantObject({ bag: bagBlock }) }, { Output: 'output' }),
});
