import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optNum, tolerantObject, wrapIfFlat } from '../schema-helpers.ts';
import {
  bagIdOutput,
  hasAny,
  optTextOrNone as optText,
  unwrapIfWrapped,
  valuationDateInput,
} from './market-fields.ts';

/** `"['Amsterdam - Binnen de Singelgracht', 'Nieuwmarktbuurt']"` (a Python list printed as text) → string[]. */
const pythonList = z.preprocess((value) => {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return undefined;
  const inner = value.trim().replace(/^\[/, '').replace(/\]$/, '').trim();
  if (inner === '' || value === 'None') return [];
  return inner.split(/',\s*'|",\s*"/).map((part) => part.replace(/^['"]|['"]$/g, '').trim());
}, z.array(z.string()).optional());

/** Shared by v1 (inside `Output`, every value a string, `"None"` for null) and v2 (flat, typed) [doc]. */
const objectFields = tolerantObject(
  {
    bag_id: bagIdOutput,
    postcode: optText,
    housenumber: optNum,
    houseaddition: optText,
    valuation_date: optText,
    city: optText,
    street: optText,
    /** `Huis` or `Appartement`. */
    house_type_generic: optText,
    house_type_specific: optText,
    type_house_construction: optText,
    building_status: optText,
    inner_surface_area: optNum,
    outer_surface_area: optNum,
    build_year: optNum,
    volume: optNum,
    rooms: optNum,
    number_of_bathrooms: optNum,
    garden_orientation: optText,
    garden_size: optNum,
    garden_location: optText,
    monument: optNum,
    monument_description: optText,
    longitude: optNum,
    latitude: optNum,
    neighbourhood_code: optText,
    neighbourhood_name: optText,
    municipality_code: optText,
    municipality_name: optText,
    province: optText,
    use_ownership: optText,
    rent_ownership: optText,
    rent_ownership_class: optNum,
    ozb_tax: optNum,
    waste_tax_one_person: optNum,
    waste_tax_more_persons: optNum,
    sewage_tax_one_person: optNum,
    sewage_tax_more_persons: optNum,
    protected_cityviews: optNum,
    protected_cityview_names: pythonList,
  },
  {
    bagid: 'bag_id',
    valuationdate: 'valuation_date',
    buildyear: 'build_year',
    innersurfacearea: 'inner_surface_area',
  },
).refine((fields) => hasAny(fields, ['bag_id', 'postcode']), {
  message: 'response names no object (no bag_id or postcode)',
});

const docsUrl =
  'https://docs.altum.ai/english/property-data/housing-features-api/authentication-input-and-response';

/** Building characteristics, v1 (wrapped, all strings). Prefer `objectdata.v2`. */
export const objectdata = defineOperation({
  id: 'objectdata',
  method: 'POST',
  path: '/objectdata',
  summary: { en: 'Building characteristics (v1)', nl: 'Woningkenmerken (v1)' },
  docsUrl,
  credits: 1,
  // Building data comes from registers updated monthly at most.
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({ ...houseadditionAddress, valuationdate: valuationDateInput.optional() }),
  output: z.preprocess(wrapIfFlat('Output', ['bag_id', 'bagid']), z.looseObject({ Output: objectFields })),
});

/** Building characteristics, v2 (flat, typed; `bag_id` arrives as a number and is kept as a 16-digit string). */
export const objectdataV2 = defineOperation({
  id: 'objectdata.v2',
  method: 'POST',
  path: '/v2/objectdata',
  summary: { en: 'Building characteristics', nl: 'Woningkenmerken' },
  docsUrl,
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({ ...houseadditionAddress, valuation_date: valuationDateInput.optional() }),
  output: z.preprocess(unwrapIfWrapped, objectFields),
});
