import { z } from 'zod';
import { houseadditionAddress } from '../address-shapes.ts';
import { energyLabelInput } from '../schema-helpers.ts';
import { describeLevels, getMeasure, isDescribedLevel, type LevelMeasureKey } from './measures.ts';

/**
 * Input building blocks shared by the v2 sustainability, Delta and energy label v2 operations
 * (one request vocabulary, https://docs.altum.ai/english/sustainability/sustainability-api-v2).
 * Every bound here is documented unless a comment says otherwise; out-of-range values are refused
 * before a credit is spent, with the valid values in the message.
 */

/** Altum's 0/1 switches of the energy family; booleans are accepted and sent as 0/1. */
export const zeroOneFlag = z
  .union([z.boolean(), z.literal(0), z.literal(1)])
  .transform((value) => (value === true || value === 1 ? 1 : 0));

/** An optional integer from a closed code list, with the meaning of each code in the message. */
export function intCode(field: string, min: number, max: number, meaning: string) {
  const message = `${field} must be a whole number from ${min} to ${max} (${meaning})`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).optional();
}

/** An optional non-negative amount (m², m³, kWh, GJ). */
export function amount(field: string, unit: string, max: number) {
  const message = `${field} must be a number of ${unit} between 0 and ${max}`;
  return z.coerce.number({ error: message }).min(0, message).max(max, message).optional();
}

/**
 * Integer level input for one measure: only the levels the measure table describes (the table help
 * lists), so an undescribed code such as installation 2 is refused before a credit is spent.
 */
export function levelInput(key: LevelMeasureKey, field: string = key) {
  const measure = getMeasure(key);
  if (!measure) throw new Error(`unknown measure ${key}`);
  const message = `${field} must be one of ${describeLevels(measure)}`;
  return intCode(field, measure.min, measure.max, describeLevels(measure)).refine(
    (value) => value === undefined || isDescribedLevel(measure, value),
    { error: message },
  );
}

type LevelSchema = ReturnType<typeof levelInput>;

/** `{ wall_insulation: level, … }` for the current situation. */
export function levelShape<const K extends LevelMeasureKey>(keys: readonly K[]): { [P in K]: LevelSchema } {
  return Object.fromEntries(keys.map((key) => [key, levelInput(key)])) as { [P in K]: LevelSchema };
}

/** `{ target_wall_insulation: level, … }`: the Delta's desired situation, on the same scale. */
export function targetShape<const K extends LevelMeasureKey>(
  keys: readonly K[],
): { [P in K as `target_${P}`]: LevelSchema } {
  return Object.fromEntries(keys.map((key) => [`target_${key}`, levelInput(key, `target_${key}`)])) as {
    [P in K as `target_${P}`]: LevelSchema;
  };
}

export const houseLevelKeys = [
  'wall_insulation',
  'floor_insulation',
  'sloped_roof_insulation',
  'flat_roof_insulation',
  'living_room_windows',
  'bedroom_windows',
  'installation',
  'shower',
  'ventilation',
  'cooling',
  'electric_cooking',
] as const satisfies readonly LevelMeasureKey[];

/** The union of both renderings of the apartments pages: one has `roof_insulation`, the other sloped/flat + bedroom windows. */
export const apartmentLevelKeys = [
  ...houseLevelKeys,
  'roof_insulation',
] as const satisfies readonly LevelMeasureKey[];

/**
 * Watt-peak per panel used to turn "8 panels" into a PV array. Altum's v2 `solar_panels` is a list of
 * arrays described by watt-peak or area, never by count [inferred: ~400 Wp is a typical Dutch residential
 * panel in 2024–2025]. https://docs.altum.ai/english/sustainability/sustainability-api-v2/changes-from-previous-version
 */
export const WATT_PEAK_PER_PANEL = 400;

const pvArrayInput = z.strictObject({
  pv_total_watt_peak: amount('pv_total_watt_peak', 'Wp', 100_000),
  pv_area: amount('pv_area', 'm²', 2_000),
  specific_watt_peak: amount('specific_watt_peak', 'Wp/m²', 1_000),
  angle: amount('angle', 'degrees', 90),
  orientation: z.union([z.string(), z.number()]).optional(),
  free_roof_area: amount('free_roof_area', 'm²', 5_000),
  roof_type: intCode('roof_type', 1, 3, '1 sloped, 2 flat, 3 mixed'),
});

/** A panel count as one PV array, the shape Altum's v2 endpoints accept. */
export function solarPanelArrays(count: number): { pv_total_watt_peak: number }[] {
  return count <= 0 ? [] : [{ pv_total_watt_peak: count * WATT_PEAK_PER_PANEL }];
}

/** `solar_panels`: the documented list of PV arrays, or a count of panels that we convert. */
export const solarPanelsInput = z
  .union([
    z.array(pvArrayInput),
    z.coerce
      .number()
      .int('solar_panels must be a whole number of panels, e.g. 8')
      .min(0, 'solar_panels cannot be negative')
      .max(200, 'solar_panels must be at most 200 panels')
      .transform(solarPanelArrays),
  ])
  .optional();

/** Fields every v2 request may carry about use of the home (sustainability-common §2). */
export const usageShape = {
  inhabitants: intCode('inhabitants', 1, 20, 'number of residents'),
  gas_usage: amount('gas_usage', 'm³ per year', 20_000),
  // Only honoured with installation 7; Altum ignores it otherwise and says so in warning 05.
  heat_usage: amount('heat_usage', 'GJ per year', 1_000),
  electricity_usage: amount('electricity_usage', 'kWh per year', 100_000),
  electricity_generation: amount('electricity_generation', 'kWh per year', 100_000),
  solar_panels: solarPanelsInput,
};

const buildYear = intCode('build_year', 1000, 2100, 'the year the home was built, e.g. 1956');
const innerSurface = amount('inner_surface_area', 'm²', 10_000);

export const houseShape = {
  build_year: buildYear,
  roof_type: intCode('roof_type', 1, 3, '1 sloped, 2 flat, 3 partly sloped and partly flat'),
  inner_surface_area: innerSurface,
  // v2 order; v1 uses a different order (see energylabel-v1.ts).
  house_type: intCode('house_type', 1, 4, '1 detached, 2 semi-detached, 3 corner house, 4 terraced house'),
};

export const apartmentShape = {
  position: intCode(
    'position',
    1,
    7,
    '1 corner ground floor, 2 middle ground floor, 3 corner mid floor, 4 middle mid floor, 5 corner top floor, 6 middle top floor, 7 entire top floor',
  ),
  floors: intCode('floors', 1, 2, '1 single storey, 2 multiple storeys'),
  back_facade: z.boolean().optional(),
  build_year: buildYear,
  inner_surface_area: innerSurface,
  // The docs list 7 types on one rendering and 6 on another [doc conflict]; accept the wider range.
  apartment_type: intCode(
    'apartment_type',
    1,
    7,
    '1 galerijflat, 2 portiekflat, 3 corridorflat, 4 maisonnette, 5 benedenwoning, 6 bovenwoning, 7 portiekwoning',
  ),
};

/** Measure-filter lists of the v2 API (`wall_filters`, …): named in the docs' change log, item shape not in our copies [unknown]. */
const measureFilter = z.array(z.union([z.number(), z.string()])).optional();

/**
 * Advice-only inputs of `/v2/sustainability(/apartments)`: a target label, how to pick among the
 * variants that reach it, and what the optimiser may not propose.
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2/authentication-input-and-response
 */
export const adviceShape = {
  target_label: energyLabelInput.optional(),
  energylabel_strict: zeroOneFlag.optional(),
  // v2: 1 lowest investment, 2 lowest energy cost, 3 highest return (default), 4 lowest BENG2
  // (…/sustainability-api-v2/search-criteria). The v1 page documents 0–4 with default 2; v1 has its own.
  search_criteria: intCode(
    'search_criteria',
    1,
    4,
    '1 lowest investment, 2 lowest energy cost, 3 highest return on investment, 4 lowest BENG2',
  ),
  // "Max investment: filters results where the total investment is below the set limit" (search-criteria page).
  max_investment: amount('max_investment', 'euros', 10_000_000),
  exclude_measures: z
    .array(
      z.number().int().min(1000, 'measure codes look like 1003').max(9999, 'measure codes look like 1003'),
    )
    .optional(),
  // Documented on the houses and apartments pages (Dutch rendering): minimum number of new panels.
  minimum_solar_panels: intCode('minimum_solar_panels', 0, 200, 'number of new solar panels'),
  // Price assumptions by name (fixed_gas_price, variable_electricity_price, …); defaults change yearly.
  cost_indicators: z
    .record(z.string(), z.number({ error: 'cost indicators are numbers, e.g. 0.66' }))
    .optional(),
  // Named in the v2 change log ("district_heating_allowed (new)"), type not printed [unknown]: 0/1 as the
  // family's other switches, booleans accepted and sent as 0/1.
  district_heating_allowed: zeroOneFlag.optional(),
  // In the change log's request example (`"eco_delta": 0`); meaning not printed [unknown].
  eco_delta: zeroOneFlag.optional(),
  wall_filters: measureFilter,
  sloped_roof_filters: measureFilter,
  flat_roof_filters: measureFilter,
  floor_filters: measureFilter,
};

/** What every v2 house request starts from: address, building, current measure levels and usage. */
export const houseRequestShape = {
  ...houseadditionAddress,
  ...houseShape,
  ...levelShape(houseLevelKeys),
  ...usageShape,
};

/** The same for apartments, with the apartment's building fields and measure levels. */
export const apartmentRequestShape = {
  ...houseadditionAddress,
  ...apartmentShape,
  ...levelShape(apartmentLevelKeys),
  ...usageShape,
};
