import { z } from 'zod';
import { optNum, optStr, orAbsent, tolerantObject } from '../schema-helpers.ts';
import { warningsOutput } from './output-helpers.ts';

/**
 * Fields shared by the v1 and v2 energy label answers: the estimated NTA 8800 label is what the call
 * is for, so a body without `current_estimated_energy_label` fails; everything else is optional.
 * https://docs.altum.ai/english/sustainability/nta-8800-energylabel-v2-api
 */
export const estimatedLabel = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() : value),
  z
    .string({ error: 'response has no estimated energy label' })
    .min(1, 'response has no estimated energy label'),
);

export const labelFacts = {
  build_year: optNum,
  inner_surface_area: optNum,
  // A word in the answer ("Vrijstaand", "Portiekwoning"), although the request takes integer codes.
  house_type: optStr,
  installation: optNum,
  wall_insulation: optNum,
  floor_insulation: optNum,
  living_room_windows: optNum,
  bedroom_windows: optNum,
  shower: optNum,
  ventilation: optNum,
  CO2: optNum,
  definitive_energy_label: optStr,
  definitive_energy_label_type: optStr,
  definitive_energy_label_validity_date: optStr,
  definitive_BENG2_score: optNum,
  current_estimated_energy_label: estimatedLabel,
  current_estimated_BENG1_score: optNum,
  current_estimated_BENG2_score: optNum,
  estimated_gas_usage: optNum,
  estimated_energy_usage: optNum,
  estimated_city_heating_usage: optNum,
};

/** v2 answers: flat, with the v2 address spelling and the v2 measure fields. */
export const energylabelV2Output = tolerantObject(
  {
    warnings: warningsOutput,
    postcode: optStr,
    housenumber: optNum,
    houseaddition: optStr,
    ...labelFacts,
    apartment_type: optStr,
    sloped_roof_insulation: optNum,
    flat_roof_insulation: optNum,
    roof_insulation: optNum,
    cooling: optNum,
    electric_cooking: optNum,
    // A list of PV arrays in v2 [doc]; items are kept as Altum sends them.
    solar_panels: orAbsent(z.union([z.array(z.looseObject({})), z.number()])),
    measures_method: optNum,
  },
  { post_code: 'postcode', house_number: 'housenumber', house_addition: 'houseaddition' },
);

/** v1 `Output` block: snake_case address, a single roof field and solar panels as m² or Wp. */
export const energylabelV1Block = tolerantObject(
  {
    post_code: optStr,
    house_number: optNum,
    house_addition: optStr,
    ...labelFacts,
    roof_insulation: optNum,
    solar_panels: optNum,
    solarpanel_watt_peak: optNum,
  },
  { postcode: 'post_code', housenumber: 'house_number', houseaddition: 'house_addition' },
);
