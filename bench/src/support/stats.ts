/** The p-th percentile of already sorted values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function summarise(values: readonly number[]): { p50: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

/** One printed figure: its value and, when it has one, the ratio to a baseline from the same run. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: { readonly name: string; readonly value: number };
  /** e.g. `target ≤ 1.2×`; printed after the ratio. */
  readonly note?: string;
}

const fmt = (value: number): string =>
  Number.isNaN(value)
    ? 'n/a'
    : value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value.toFixed(2);

export function formatFigure(figure: Figure): string {
  const head = `${figure.name.padEnd(46)} ${fmt(figure.value).padStart(9)} ${figure.unit.padEnd(6)}`;
  if (!figure.baseline) return figure.note ? `${head}  ${figure.note}` : head;
  const ratio = figure.value / figure.baseline.value;
  return `${head}  ${fmt(ratio).padStart(6)}× ${figure.baseline.name} (${fmt(figure.baseline.value)} ${figure.unit})${figure.note ? `  ${figure.note}` : ''}`;
}
