import { getMeasure } from '@altum-chat/core';
import { liftLabel, type MeasureEffect, measureEffects } from './delta-model.ts';

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function numberAt(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function describe(key: string, level: number): string {
  return getMeasure(key)?.levels.find((l) => l.level === level)?.label.nl ?? String(level);
}

function measureBlock(effect: MeasureEffect, beng2Current: number) {
  return {
    before: { desc: describe(effect.key, effect.before), value: effect.before },
    after: { desc: describe(effect.key, effect.after), value: effect.after },
    investment: effect.investment,
    saving: effect.saving,
    co2_reduce: effect.co2,
    BENG2: `${((effect.points * 35 * 100) / Math.max(1, beng2Current)).toFixed(1)}%`,
    gas_savings: Math.round(effect.saving * 0.9),
    electricity_savings: 0,
  };
}

/**
 * The fake Delta answer for a request: the fixture's address and building, with label, BENG2, CO₂,
 * financial block and `measures` derived from the requested `target_*` levels.
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2-delta
 */
export function deltaResponse(fixtureBody: unknown, input: Readonly<Record<string, unknown>>): unknown {
  const base = record(structuredClone(fixtureBody));
  const effects = measureEffects(input);
  const sum = (pick: (effect: MeasureEffect) => number) => effects.reduce((total, e) => total + pick(e), 0);
  const investment = Math.round(sum((e) => e.investment) * 100) / 100;
  const savings = sum((e) => e.saving);
  const points = sum((e) => e.points);

  const currentLabel = String(record(base.label).current ?? 'E');
  const potentialLabel = liftLabel(currentLabel, points);
  const beng2Current = numberAt(record(base.BENG2).current, 300);
  const co2Current = numberAt(record(base.CO2).current, 4_000);
  const financial = record(base.financial);
  const yearlyCurrent = numberAt(record(financial.energy_cost_yearly).current, 3_180);
  const yearlyPotential = Math.max(0, yearlyCurrent - savings);
  const labelSteps = Math.max(0, Math.round(points));

  return {
    ...base,
    label: { current: currentLabel, potential: potentialLabel },
    BENG2: { current: beng2Current, potential: Math.max(0, Math.round(beng2Current - points * 35)) },
    CO2: { current: co2Current, potential: Math.max(0, co2Current - sum((e) => e.co2)) },
    financial: {
      total_investment: investment,
      total_savings: savings,
      months_to_pay_off: savings > 0 ? Math.round((investment / savings) * 12) : null,
      eco_value: Math.round(investment * 0.5 + labelSteps * 4_500),
      savings_monthly: Math.round(savings / 12),
      energy_cost_monthly: {
        current: Math.round(yearlyCurrent / 12),
        potential: Math.round(yearlyPotential / 12),
      },
      energy_cost_yearly: { current: yearlyCurrent, potential: yearlyPotential },
    },
    measures: Object.fromEntries(effects.map((effect) => [effect.key, measureBlock(effect, beng2Current)])),
  };
}
