import { z } from 'zod';
import {
  foldAliases,
  optNum,
  optStr,
  optText,
  orAbsent,
  tolerantObject,
  toNumber,
} from '../schema-helpers.ts';
import { currentPotential, warningsOutput } from './output-helpers.ts';

/**
 * Tolerant parser of the v2 sustainability / Delta 200 body (also the legacy v1 body, which has the same
 * skeleton). Field names follow the docs; the alternates seen in the docs and in public client code are
 * folded onto them. Only a body without an energy label fails: without it there is no answer to give.
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2-delta/authentication-input-and-response
 */

/** Houses/Delta/v1 spell the address block `house_number/post_code/addition`; v2 apartments `housenumber/postcode/houseaddition`. */
export type AddressSpelling = 'snake' | 'flat';

const location = tolerantObject({ lat: optNum, lon: optNum }, { lng: 'lon' });

export function sustainabilityAddress(spelling: AddressSpelling) {
  const common = { street: optStr, city: optStr, location: orAbsent(location) };
  return spelling === 'snake'
    ? tolerantObject(
        { house_number: optNum, post_code: optStr, addition: optStr, ...common },
        { housenumber: 'house_number', postcode: 'post_code', houseaddition: 'addition' },
      )
    : tolerantObject(
        { housenumber: optNum, postcode: optStr, houseaddition: optStr, ...common },
        { house_number: 'housenumber', post_code: 'postcode', addition: 'houseaddition' },
      );
}

const building = tolerantObject(
  {
    build_year: optNum,
    inner_surface: optNum,
    floor_surface: optNum,
    flat_roof_surface: optNum,
    pitched_roof_surface: optNum,
    roof_surface: optNum,
    wall_surface: optNum,
    glass_living_room_surface: optNum,
    glass_bedrooms_surface: optNum,
    number_of_doors: optNum,
    type: optStr,
    // Apartments: strings ("Multiple", "Portiekwoning"), not the integer codes of the request.
    floors: optStr,
    apartment_type: optStr,
  },
  // The docs print the field with a stray space.
  { 'number _of_doors': 'number_of_doors' },
);

const label = tolerantObject({ current: optText, potential: optText }).refine(
  (value) => value.current !== undefined || value.potential !== undefined,
  { message: 'response has no energy label (label.current / label.potential)' },
);

const providedLabel = tolerantObject({
  temporary: optStr,
  definitive: optStr,
  definitive_type: optStr,
  definitive_validity: optStr,
  definitive_beng2: optNum,
});

/** Documented both as a number ("new monthly energy bill") and as `{current, potential}` [doc conflict]. */
const energyCostMonthly = orAbsent(
  z.preprocess((value) => toNumber(value) ?? value, z.union([z.number(), currentPotential])),
);

const financial = tolerantObject(
  {
    total_investment: optNum,
    total_saving: optNum,
    months_to_pay_off: optNum,
    eco_value: optNum,
    savings_monthly: optNum,
    energy_cost_monthly: energyCostMonthly,
    energy_cost_yearly: orAbsent(currentPotential),
    // Named in the v2 change log; its place in the body is [inferred].
    return_on_investment: optNum,
    loan: orAbsent(tolerantObject({ monthly_payment: optNum })),
  },
  // The Delta pages print total_savings, v1 and client code total_saving; one name for the whole family.
  { total_savings: 'total_saving', energy_cost_yonthly: 'energy_cost_yearly' },
);

const usage = tolerantObject({ gas: optNum, energy: optNum, city_heating: optNum });

const measureState = tolerantObject({ desc: optStr, value: optNum, points: optNum });

/** One entry of `measures`: before/after state and what this measure costs and saves. */
export const measureResult = tolerantObject(
  {
    before: orAbsent(measureState),
    after: orAbsent(measureState),
    investment: optNum,
    saving: optNum,
    co2_reduce: optNum,
    // A share such as "20.8%"; a bare number is stringified.
    BENG2: optStr,
    gas_savings: optNum,
    electricity_savings: optNum,
  },
  { savings: 'saving' },
);

/** `measures` keyed by measure name; the legacy typo `instalation` lands on `installation`. */
const measuresOutput = orAbsent(
  z.preprocess(
    (value) => foldAliases(value, { instalation: 'installation' }),
    z.record(z.string(), measureResult),
  ),
);

/** The body parser; `extra` adds endpoint-specific blocks (the legacy v1 comfort score, energy prices). */
export function sustainabilityOutput<Extra extends z.ZodRawShape = Record<never, never>>(
  spelling: AddressSpelling,
  extra?: Extra,
) {
  return tolerantObject({
    warnings: warningsOutput,
    address: orAbsent(sustainabilityAddress(spelling)),
    building: orAbsent(building),
    label,
    provided_label: orAbsent(providedLabel),
    BENG1: orAbsent(currentPotential),
    BENG2: orAbsent(currentPotential),
    CO2: orAbsent(currentPotential),
    financial: orAbsent(financial),
    usage: orAbsent(usage),
    usage_potential: orAbsent(usage),
    // Named in the v2 change log; location in the body [unknown].
    solar_panel_yield: optNum,
    measures: measuresOutput,
    ...(extra as Extra),
  });
}
