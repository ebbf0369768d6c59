import { getMeasure } from '@altum-chat/core';

/**
 * A toy physics for the fake Delta: each step up a measure's scale costs, saves and lifts the label
 * by a fixed amount, so a what-if with more or better measures visibly gives a better label, a
 * higher investment and larger savings. The numbers are plausible, not Altum's model.
 */
interface StepEffect {
  readonly investment: number;
  readonly saving: number;
  readonly co2: number;
  /** Label classes gained per step. */
  readonly points: number;
}

const PER_STEP: Readonly<Record<string, StepEffect>> = {
  wall_insulation: { investment: 2_300, saving: 140, co2: 250, points: 0.7 },
  floor_insulation: { investment: 1_200, saving: 70, co2: 120, points: 0.4 },
  sloped_roof_insulation: { investment: 2_000, saving: 120, co2: 210, points: 0.6 },
  roof_insulation: { investment: 2_000, saving: 120, co2: 210, points: 0.6 },
  flat_roof_insulation: { investment: 1_800, saving: 100, co2: 180, points: 0.5 },
  living_room_windows: { investment: 1_100, saving: 50, co2: 90, points: 0.35 },
  bedroom_windows: { investment: 900, saving: 40, co2: 70, points: 0.3 },
  installation: { investment: 3_200, saving: 180, co2: 420, points: 0.8 },
  shower: { investment: 800, saving: 60, co2: 100, points: 0.3 },
  ventilation: { investment: 1_500, saving: 40, co2: 60, points: 0.3 },
  cooling: { investment: 1_800, saving: -60, co2: -40, points: -0.1 },
  electric_cooking: { investment: 700, saving: 30, co2: 80, points: 0.1 },
};

/** Heating codes are not a scale; how many "steps" of improvement each target is worth. */
const INSTALLATION_STEPS: Readonly<Record<number, number>> = { 5: 1, 6: 3, 7: 2, 8: 2 };

const LABELS = ['G', 'F', 'E', 'D', 'C', 'B', 'A', 'A+', 'A++', 'A+++', 'A++++'] as const;

export interface MeasureEffect {
  readonly key: string;
  readonly before: number;
  readonly after: number;
  readonly investment: number;
  readonly saving: number;
  readonly co2: number;
  readonly points: number;
}

function stepsFor(key: string, before: number, after: number): number {
  if (key === 'installation') return after === before ? 0 : (INSTALLATION_STEPS[after] ?? 0);
  return Math.max(0, after - before);
}

/** The measures a Delta request asks for (`target_*` above the current level) and their effect. */
export function measureEffects(input: Readonly<Record<string, unknown>>): MeasureEffect[] {
  const effects: MeasureEffect[] = [];
  for (const [key, effect] of Object.entries(PER_STEP)) {
    const target = input[`target_${key}`];
    if (typeof target !== 'number') continue;
    const current = input[key];
    const before = typeof current === 'number' ? current : (getMeasure(key)?.min ?? 1);
    const steps = stepsFor(key, before, target);
    if (steps === 0) continue;
    effects.push({
      key,
      before,
      after: target,
      investment: Math.round(effect.investment * steps * 100) / 100,
      saving: effect.saving * steps,
      co2: effect.co2 * steps,
      points: effect.points * steps,
    });
  }
  return effects;
}

/** `E` lifted by `classes` label classes, within G … A++++. */
export function liftLabel(current: string, classes: number): string {
  const index = LABELS.indexOf(current as (typeof LABELS)[number]);
  if (index < 0) return current;
  const lifted = Math.min(LABELS.length - 1, Math.max(0, index + Math.round(classes)));
  return LABELS[lifted] ?? current;
}
