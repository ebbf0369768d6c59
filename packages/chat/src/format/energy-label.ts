import type { EnergyLabel } from '../reply/reply.ts';

/** The NTA 8800 label ladder from best to worst. https://docs.altum.ai/english/sustainability */
export const ENERGY_LABELS: readonly EnergyLabel[] = [
  'A++++',
  'A+++',
  'A++',
  'A+',
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
];

/** `a+`, ` A+ `, `A++++` → typed label; anything else (including Altum's nulls) → undefined. */
export function toEnergyLabel(value: unknown): EnergyLabel | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.trim().toUpperCase();
  return ENERGY_LABELS.find((label) => label === upper);
}

/** Steps between two labels; positive when `to` is better than `from` (E → A = 4). */
export function labelSteps(from: EnergyLabel, to: EnergyLabel): number {
  return ENERGY_LABELS.indexOf(from) - ENERGY_LABELS.indexOf(to);
}

/** A text badge such as `[C]` or `[E → A]`, used by text renderers and field values. */
export function labelBadge(current: EnergyLabel, potential?: EnergyLabel): string {
  return potential === undefined || potential === current ? `[${current}]` : `[${current} → ${potential}]`;
}
