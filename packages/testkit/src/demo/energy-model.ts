import { houseLevelKeys } from '@altum-chat/core';

/**
 * A small, monotone energy model for the demo dwellings: insulation, glazing, ventilation and
 * shower heat recovery lower the heat demand; the installation turns demand into gas, electricity or
 * district heat; solar panels offset electricity. From that come BENG 2 (primary fossil energy,
 * kWh/m² per year), the NTA 8800 label, yearly usage, CO₂ and the energy bill. Plausible, not
 * Altum's calculation: better measures always give a better label and a lower bill.
 */

/** The v2 house measure fields, on Altum's v2 scale. */
export const LEVEL_KEYS = houseLevelKeys;

export type LevelKey = (typeof LEVEL_KEYS)[number];
export type Levels = Readonly<Record<LevelKey, number>>;

/** What the model needs to know of the building besides its levels. */
export interface EnergyBuilding {
  readonly livingArea: number;
  /** Outside walls relative to a terraced house. */
  readonly exposure: number;
  readonly slopedRoof: number;
  readonly flatRoof: number;
}

export interface EnergyState {
  readonly levels: Levels;
  readonly solarPanels: number;
}

export interface EnergyResult {
  readonly beng2: number;
  readonly label: string;
  /** m³ gas per year. */
  readonly gas: number;
  /** kWh electricity per year, before solar yield. */
  readonly electricity: number;
  /** GJ district heat per year. */
  readonly cityHeating: number;
  readonly co2: number;
  /** € per year. */
  readonly costYearly: number;
}

/** Upper BENG 2 bound of each label for existing homes (NTA 8800 label classes). */
const LABEL_BOUNDS: readonly [string, number][] = [
  ['A++++', 0],
  ['A+++', 50],
  ['A++', 75],
  ['A+', 105],
  ['A', 160],
  ['B', 190],
  ['C', 250],
  ['D', 290],
  ['E', 335],
  ['F', 380],
];

export const LABEL_ORDER = ['G', 'F', 'E', 'D', 'C', 'B', 'A', 'A+', 'A++', 'A+++', 'A++++'] as const;

export function labelFor(beng2: number): string {
  return LABEL_BOUNDS.find(([, bound]) => beng2 <= bound)?.[0] ?? 'G';
}

/** Position on the label ladder, G = 0 … A++++ = 10 (unknown labels count as G). */
export function labelRank(label: string): number {
  return Math.max(0, LABEL_ORDER.indexOf(label.toUpperCase() as (typeof LABEL_ORDER)[number]));
}

const KWH_PER_PANEL = 350;
const GAS_PRICE = 1.4;
const ELECTRICITY_PRICE = 0.35;
const HEAT_PRICE_PER_GJ = 48;
/** Share of the heat demand index that ends up as delivered heat per m² (space + tap water). */
const HEAT_SHARE = 0.42;

const INSTALLATION_FACTOR: Readonly<Record<number, number>> = {
  1: 1.25,
  2: 1.15,
  3: 1.1,
  4: 1,
  5: 0.9,
  6: 0.42,
  7: 0.7,
  8: 0.62,
};
const VENTILATION_FACTOR: Readonly<Record<number, number>> = { 1: 1, 2: 0.98, 3: 0.88, 4: 0.91 };

/** Heat demand index (kWh/m² per year, before the installation). */
function heatDemand(building: EnergyBuilding, levels: Levels): number {
  const steps = (key: LevelKey) => Math.max(0, (levels[key] ?? 1) - 1);
  const roof = building.slopedRoof + building.flatRoof;
  const slopedShare = roof > 0 ? building.slopedRoof / roof : 0;
  const wallLoss = 0.12 * Math.min(1.4, building.exposure);
  let demand = 400 * (0.8 + 0.2 * building.exposure);
  demand *= (1 - wallLoss) ** steps('wall_insulation');
  demand *= 0.95 ** steps('floor_insulation');
  demand *= (1 - 0.09 * slopedShare) ** steps('sloped_roof_insulation');
  demand *= (1 - 0.09 * (1 - slopedShare)) ** steps('flat_roof_insulation');
  demand *= 0.94 ** steps('living_room_windows');
  demand *= 0.97 ** steps('bedroom_windows');
  demand *= VENTILATION_FACTOR[levels.ventilation] ?? 1;
  demand *= levels.shower === 2 ? 0.97 : 1;
  return demand;
}

/** BENG 2, label, usage, CO₂ and bill of a building in a given state. */
export function energyOf(building: EnergyBuilding, state: EnergyState): EnergyResult {
  const { levels } = state;
  const area = Math.max(20, building.livingArea);
  const demand = heatDemand(building, levels);
  const installation = INSTALLATION_FACTOR[levels.installation] ?? 1;
  const pvYield = Math.max(0, state.solarPanels) * KWH_PER_PANEL;
  const cooling = levels.cooling === 2 ? 6 : 0;
  const beng2 = Math.max(0, Math.round(demand * installation + cooling - (pvYield * 1.45) / area));

  const heat = demand * area * HEAT_SHARE;
  let gas = 0;
  let heatPumpPower = 0;
  let cityHeating = 0;
  switch (levels.installation) {
    case 6:
      heatPumpPower = heat / 3.5;
      break;
    case 7:
      cityHeating = (heat * 3.6) / 1000;
      break;
    case 8:
      gas = (heat * 0.35) / 8.8;
      heatPumpPower = (heat * 0.65) / 4;
      break;
    case 5:
      gas = (heat * 0.88) / 8.8;
      break;
    default:
      gas = heat / ((levels.installation ?? 4) >= 4 ? 8.8 : 8);
  }
  if (levels.electric_cooking !== 2) gas += 40;
  const electricity =
    1_800 +
    area * 8 +
    heatPumpPower +
    (levels.cooling === 2 ? 400 : 0) +
    (levels.electric_cooking === 2 ? 250 : 0);
  const net = Math.max(0, electricity - pvYield);
  return {
    beng2,
    label: labelFor(beng2),
    gas: Math.round(gas),
    electricity: Math.round(electricity),
    cityHeating: Math.round(cityHeating),
    co2: Math.round(gas * 1.78 + net * 0.34 + cityHeating * 36),
    costYearly: Math.round(gas * GAS_PRICE + net * ELECTRICITY_PRICE + cityHeating * HEAT_PRICE_PER_GJ),
  };
}

const INSULATION_KEYS: readonly LevelKey[] = [
  'wall_insulation',
  'floor_insulation',
  'sloped_roof_insulation',
  'flat_roof_insulation',
];
const GLAZING_KEYS: readonly LevelKey[] = ['living_room_windows', 'bedroom_windows'];

/**
 * The lowest level the fake accepts for a build year, as Altum corrects levels that a home of that
 * age cannot have (warnings 03 and 04, docs.altum.ai …/sustainability-api-v2/warnings): building
 * regulations required insulation from 1975, better insulation from 1992, and much better from 2006.
 */
export function minimumLevel(key: string, buildYear: number): number {
  if (INSULATION_KEYS.includes(key as LevelKey)) {
    if (buildYear >= 2006) return 4;
    if (buildYear >= 1992) return 3;
    if (buildYear >= 1975) return 2;
    return 1;
  }
  if (GLAZING_KEYS.includes(key as LevelKey)) return buildYear >= 1992 ? 2 : 1;
  return 1;
}

/** The warning code Altum uses for a corrected level: 03 insulation, 04 glazing. */
export function correctionCode(key: string): '03' | '04' | undefined {
  if (INSULATION_KEYS.includes(key as LevelKey)) return '03';
  if (GLAZING_KEYS.includes(key as LevelKey)) return '04';
  return undefined;
}
