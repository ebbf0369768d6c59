import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optArray, optNum, optStr, tolerantObject, wrapIfFlat } from '../schema-helpers.ts';
import { bagIdOutput, requiredNumber, valuationDateInput } from './market-fields.ts';

const roofSurface = tolerantObject({ orientation: optStr, area: optNum, perimeter: optNum, angle: optNum });

/** Inside `Output`, values mostly strings; the docs list is cut after `roof_surfaces` [doc, partly unknown]. */
const rebuildFields = tolerantObject(
  {
    num_id: bagIdOutput,
    bag_id: bagIdOutput,
    pand_id: bagIdOutput,
    postcode: optStr,
    housenumber: optNum,
    houseaddition: optStr,
    region: optStr,
    city: optStr,
    street: optStr,
    build_year: optNum,
    inner_surface_area: optNum,
    outer_surface_area: optNum,
    volume: optNum,
    house_type_generic: optStr,
    house_type: optStr,
    energy_label: optStr,
    energy_calculation_method: optStr,
    energy_calculation_code: optStr,
    monument_status: optStr,
    usage_indication: optStr,
    building_status: optStr,
    building_function: optStr,
    rebuild_value: requiredNumber('rebuild_value'),
    /** 1–5; older versions sent `corrections`/`total_correction` instead (passed through). */
    accuracy_indicator: optNum,
    woz_value: optNum,
    parcel_value: optNum,
    building_value: optNum,
    number_of_rooms: optNum,
    number_of_building_layers: optNum,
    number_of_extrabuildings: optNum,
    main_building_surface_area: optNum,
    extrabuildings_surface_area: optNum,
    listing_status: optStr,
    asking_price: optNum,
    asking_price_date: optStr,
    last_sold_date: optStr,
    roof_type: optStr,
    roof_construction: optStr,
    roof_surfaces: optArray(roofSurface),
  },
  { rebuildvalue: 'rebuild_value', RebuildValue: 'rebuild_value', bagid: 'bag_id' },
);

/**
 * Rebuild (insurance) value of a building.
 * https://docs.altum.ai/english/insurance/rebuild-value-api/authentication-input-and-response
 */
export const rebuild = defineOperation({
  id: 'rebuild',
  method: 'POST',
  path: '/rebuild',
  summary: { en: 'Rebuild value (insurance)', nl: 'Herbouwwaarde (verzekering)' },
  docsUrl: 'https://docs.altum.ai/english/insurance/rebuild-value-api/authentication-input-and-response',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({
    ...houseadditionAddress,
    valuationdate: valuationDateInput.optional(),
    renovated_bathroom: z.boolean().optional(),
    renovated_kitchen: z.boolean().optional(),
    renovated_living_room: z.boolean().optional(),
    wko_installation: z.boolean().optional(),
    foundation_not_insured: z.boolean().optional(),
    solar_panels: z.coerce
      .number({ error: 'solar_panels is a number of panels, e.g. 12' })
      .int('solar_panels is a whole number of panels, e.g. 12')
      .min(0, 'solar_panels must be 0 or more')
      .max(1000, 'solar_panels is too large')
      .optional(),
  }),
  output: z.preprocess(wrapIfFlat('Output', ['rebuild_value']), z.looseObject({ Output: rebuildFields })),
});
