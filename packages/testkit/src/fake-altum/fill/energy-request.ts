import { WATT_PEAK_PER_PANEL } from '@altum-chat/core';

import { type Dwelling, energyWith } from '../../demo/dwelling.ts';
import { correctionCode, LEVEL_KEYS, type LevelKey, minimumLevel } from '../../demo/energy-model.ts';
import type { MeasureChange } from '../../demo/measure-plan.ts';

/** Altum's automatic-correction warning, as its v2 sustainability family sends it. */
export interface FakeWarning {
  readonly code: string;
  readonly description: string;
}

/** Apartments send one `roof_insulation`; the model keeps it as the flat roof of the building. */
export function modelKey(field: string): LevelKey | undefined {
  const key = field === 'roof_insulation' ? 'flat_roof_insulation' : field;
  return (LEVEL_KEYS as readonly string[]).includes(key) ? (key as LevelKey) : undefined;
}

/**
 * A level the build year does not allow is raised to the lowest allowed one, with Altum's warning
 * text for it (03 insulation, 04 glazing; docs.altum.ai …/sustainability-api-v2/warnings).
 */
function corrected(
  field: string,
  key: LevelKey,
  given: number,
  buildYear: number,
  warnings: FakeWarning[],
): number {
  const minimum = minimumLevel(key, buildYear);
  const code = correctionCode(key);
  if (given >= minimum || !code) return given;
  const allowed = Array.from({ length: 5 - minimum }, (_, i) => minimum + i).join(', ');
  warnings.push({
    code,
    description:
      code === '03'
        ? `${field}: ${given} is not allowed for build_year: ${buildYear}. Allowed values: [${allowed}]. Set ${field}: ${minimum}.`
        : `${field}: ${given} is not valid for build_year: ${buildYear}. Allowed values: [${allowed}]. Value has been adjusted to ${field}: ${minimum}.`,
  });
  return minimum;
}

export interface EnergyRequest {
  /** The dwelling with the request's building facts and current levels applied. */
  readonly dwelling: Dwelling;
  /** Chosen target levels and added panels, as changes from the current situation. */
  readonly changes: readonly MeasureChange[];
  readonly warnings: readonly FakeWarning[];
}

/** Panels in a v2 `solar_panels` list (watt-peak, or area at about 1.8 m² a panel). */
function panelsIn(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  let panels = 0;
  for (const array of value) {
    const a = (array ?? {}) as { pv_total_watt_peak?: unknown; pv_area?: unknown };
    if (typeof a.pv_total_watt_peak === 'number') panels += a.pv_total_watt_peak / WATT_PEAK_PER_PANEL;
    else if (typeof a.pv_area === 'number') panels += a.pv_area / 1.8;
  }
  return Math.round(panels);
}

/**
 * Reads a v2 energy request against the dwelling: stated current levels and build facts override the
 * fake's own (corrected where the build year forbids them), `target_*` levels become changes, and
 * `solar_panels` on a Delta request are panels added on top of what the home has.
 */
export function readEnergyRequest(
  base: Dwelling,
  input: Readonly<Record<string, unknown>>,
  options: { readonly solarIsAddition: boolean },
): EnergyRequest {
  const warnings: FakeWarning[] = [];
  const buildYear = typeof input.build_year === 'number' ? input.build_year : base.buildYear;
  const livingArea =
    typeof input.inner_surface_area === 'number' ? input.inner_surface_area : base.livingArea;
  const levels: Record<LevelKey, number> = { ...base.levels };
  for (const [field, value] of Object.entries(input)) {
    const key = modelKey(field);
    if (key && typeof value === 'number') levels[key] = corrected(field, key, value, buildYear, warnings);
  }
  const added = panelsIn(input.solar_panels);
  const currentPanels =
    options.solarIsAddition || input.solar_panels === undefined ? base.solarPanels : added;
  const dwelling: Dwelling = {
    ...base,
    buildYear,
    livingArea,
    levels,
    solarPanels: currentPanels,
    energy: energyWith({ ...base, livingArea }, levels, currentPanels),
  };
  const changes: MeasureChange[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (!field.startsWith('target_') || typeof value !== 'number') continue;
    const name = field.slice('target_'.length);
    const key = modelKey(name);
    if (!key) continue;
    // Warnings name the measure field (`wall_insulation: 2 is not allowed …`), also for a target.
    const after = corrected(name, key, value, buildYear, warnings);
    if (after !== levels[key]) changes.push({ key, before: levels[key], after });
  }
  if (options.solarIsAddition && added > 0) {
    changes.push({ key: 'solar_panels', before: currentPanels, after: currentPanels + added });
  }
  return { dwelling, changes, warnings };
}
