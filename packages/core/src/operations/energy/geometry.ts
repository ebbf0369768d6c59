import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_WEEK_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optArray, optNum, optStr, orAbsent, tolerantObject, wrapIfFlat } from '../schema-helpers.ts';

// Wall `area` is "" in the documented example: optNum turns that into undefined instead of failing.
const surface = tolerantObject({
  orientation: optStr,
  area: optNum,
  perimeter: optNum,
  roof_angle: optNum,
  // Polygon in RD coordinates; passed through untouched.
  geometry: orAbsent(z.looseObject({})),
});

const block = tolerantObject({
  address: orAbsent(
    tolerantObject(
      {
        bag_id: optStr,
        pand_id: optStr,
        postcode: optStr,
        housenumber: optNum,
        houseaddition: optStr,
        number_of_floors: optNum,
      },
      { post_code: 'postcode', house_number: 'housenumber', house_addition: 'houseaddition' },
    ),
  ),
  ground_surface: orAbsent(
    tolerantObject({ ground_area: optNum, perimeter: optNum, max_length: optNum, max_width: optNum }),
  ),
  roof_surface: orAbsent(
    tolerantObject({ type: optStr, no_of_surfaces: optNum, surfaces: optArray(surface) }),
  ),
  wall_surface: orAbsent(
    tolerantObject({
      wall_area: optNum,
      shared_wall_area: optNum,
      number_of_surfaces: optNum,
      surfaces: optArray(surface),
    }),
  ),
}).refine((value) => value.ground_surface ?? value.roof_surface ?? value.wall_surface, {
  message: 'response has no building surfaces (ground_surface, roof_surface or wall_surface)',
});

/** Ground, roof and wall surfaces of the building at an address (m², m, degrees). */
export const geometry = defineOperation({
  id: 'geometry',
  method: 'POST',
  path: '/geometry',
  summary: {
    en: 'Building geometry: ground, roof and wall surfaces',
    nl: 'Gebouwgeometrie: grond-, dak- en gevelvlakken',
  },
  docsUrl: 'https://docs.altum.ai/english/sustainability/building-geometry-api',
  credits: 1,
  // Building geometry comes from 3D BAG data that is refreshed a few times a year.
  cacheTtlMs: ONE_WEEK_MS,
  // The request table is not in our copies; postcode/housenumber/houseaddition as on v2 [inferred].
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject(houseadditionAddress),
  // A flat body (no `Output` wrapper) is wrapped so both shapes parse the same.
  output: z.preprocess(wrapIfFlat('Output'), z.looseObject({ Output: block })),
});
