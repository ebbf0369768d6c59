import { type Dwelling, energyWith } from './dwelling.ts';
import { type EnergyResult, type LevelKey, type Levels, labelRank } from './energy-model.ts';
import { roundTo } from './market-model.ts';

/** One measure changed: a level field (or `solar_panels`, a panel count) from `before` to `after`. */
export interface MeasureChange {
  readonly key: LevelKey | 'solar_panels';
  readonly before: number;
  readonly after: number;
}

/** A change with its cost and what it saves on top of the changes listed before it. */
export interface MeasureRow extends MeasureChange {
  readonly investment: number;
  readonly saving: number;
  readonly co2: number;
  readonly gasSaving: number;
  readonly electricitySaving: number;
  readonly beng2Drop: number;
}

export interface MeasurePlan {
  readonly rows: readonly MeasureRow[];
  readonly before: EnergyResult;
  readonly after: EnergyResult;
  readonly levelsAfter: Levels;
  readonly panelsAfter: number;
  readonly investment: number;
  readonly saving: number;
}

/** Installed price of each installation level (€, incl. VAT). */
const INSTALLATION_PRICE: Readonly<Record<number, number>> = {
  4: 2_600,
  5: 4_900,
  6: 13_500,
  7: 3_800,
  8: 5_200,
};

/** What a change costs for this home: per m² of the surface it covers, or per appliance. */
export function investmentFor(dwelling: Dwelling, change: MeasureChange): number {
  const steps = Math.max(0, change.after - change.before);
  const s = dwelling.surfaces;
  switch (change.key) {
    case 'wall_insulation':
      return steps === 0 ? 0 : 600 + s.wall * 38 * steps;
    case 'floor_insulation':
      return steps === 0 ? 0 : 400 + s.floor * 24 * steps;
    case 'sloped_roof_insulation':
      return steps === 0 ? 0 : 500 + s.slopedRoof * 42 * steps;
    case 'flat_roof_insulation':
      return steps === 0 ? 0 : 400 + s.flatRoof * 48 * steps;
    case 'living_room_windows':
      return s.glassLiving * 190 * steps;
    case 'bedroom_windows':
      return s.glassBedrooms * 190 * steps;
    case 'installation':
      return change.after === change.before ? 0 : (INSTALLATION_PRICE[change.after] ?? 3_000);
    case 'ventilation':
      return steps === 0 ? 0 : ([0, 0, 1_400, 6_800, 4_200][change.after] ?? 0);
    case 'shower':
      return steps === 0 ? 0 : 850;
    case 'cooling':
      return steps === 0 ? 0 : 2_600;
    case 'electric_cooking':
      return steps === 0 ? 0 : 1_600;
    case 'solar_panels':
      return Math.max(0, change.after - change.before) * 430;
  }
}

/**
 * Applies the changes one after the other, so each row's saving is what it adds to the ones before
 * it and the rows add up exactly to the plan's totals.
 */
export function planChanges(dwelling: Dwelling, changes: readonly MeasureChange[]): MeasurePlan {
  let levels: Levels = dwelling.levels;
  let panels = dwelling.solarPanels;
  // A request may state other current levels than the fake's own; start from those.
  for (const change of changes) {
    if (change.key === 'solar_panels') panels = change.before;
    else levels = { ...levels, [change.key]: change.before };
  }
  const before = energyWith(dwelling, levels, panels);
  let state = before;
  const rows: MeasureRow[] = [];
  for (const change of changes) {
    if (change.key === 'solar_panels') panels = change.after;
    else levels = { ...levels, [change.key]: change.after };
    const next = energyWith(dwelling, levels, panels);
    rows.push({
      ...change,
      investment: roundTo(investmentFor(dwelling, change), 5),
      saving: state.costYearly - next.costYearly,
      co2: state.co2 - next.co2,
      gasSaving: state.gas - next.gas,
      electricitySaving: state.electricity - next.electricity,
      beng2Drop: state.beng2 - next.beng2,
    });
    state = next;
  }
  return {
    rows,
    before,
    after: state,
    levelsAfter: levels,
    panelsAfter: panels,
    investment: rows.reduce((sum, row) => sum + row.investment, 0),
    saving: rows.reduce((sum, row) => sum + row.saving, 0),
  };
}

/** The order an adviser proposes measures in: insulate first, then glazing, then the installation. */
const ADVICE_STEPS: readonly [LevelKey | 'solar_panels', number][] = [
  ['sloped_roof_insulation', 3],
  ['flat_roof_insulation', 3],
  ['wall_insulation', 3],
  ['floor_insulation', 3],
  ['living_room_windows', 3],
  ['bedroom_windows', 3],
  ['shower', 2],
  ['installation', 8],
  ['solar_panels', 10],
  ['ventilation', 3],
  ['wall_insulation', 4],
  ['sloped_roof_insulation', 4],
  ['flat_roof_insulation', 4],
  ['floor_insulation', 4],
  ['installation', 6],
  ['living_room_windows', 4],
  ['bedroom_windows', 4],
];

/**
 * The advice for a target label: measures in the adviser's order until the label is reached (or the
 * list is used up, then the best label reachable). A home that already has the target gets none.
 */
export function adviceFor(dwelling: Dwelling, targetLabel: string): MeasurePlan {
  const target = labelRank(targetLabel);
  const finals = new Map<LevelKey | 'solar_panels', number>();
  let levels: Levels = dwelling.levels;
  let panels = dwelling.solarPanels;
  const reached = () => labelRank(energyWith(dwelling, levels, panels).label) >= target;
  for (const [key, level] of ADVICE_STEPS) {
    if (reached()) break;
    if (key === 'solar_panels') {
      const room = Math.floor(dwelling.surfaces.slopedRoof / 2 / 1.8 + dwelling.surfaces.flatRoof / 2.2);
      const count = Math.min(level, room);
      if (count <= panels) continue;
      panels = count;
      finals.set(key, count);
      continue;
    }
    if (key === 'sloped_roof_insulation' && dwelling.surfaces.slopedRoof === 0) continue;
    if (key === 'flat_roof_insulation' && dwelling.surfaces.flatRoof === 0) continue;
    if (key === 'installation' ? levels.installation === 6 : levels[key] >= level) continue;
    levels = { ...levels, [key]: level };
    finals.set(key, level);
  }
  const changes = [...finals].map(([key, after]) => ({
    key,
    before: key === 'solar_panels' ? dwelling.solarPanels : dwelling.levels[key],
    after,
  }));
  return planChanges(dwelling, changes);
}
