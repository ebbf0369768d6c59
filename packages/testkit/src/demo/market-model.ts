/**
 * Prices over time for the demo dwellings: one national house-price index (rounded from CBS/Kadaster's
 * price index of existing owner-occupied homes, 1 January 2024 = 1) so WOZ history, transactions,
 * AVM and AVM+ all derive from one value and agree as they would in reality.
 */

const INDEX: readonly [year: number, value: number][] = [
  [1995, 0.26],
  [2000, 0.45],
  [2005, 0.55],
  [2008, 0.64],
  [2013, 0.52],
  [2015, 0.56],
  [2016, 0.59],
  [2017, 0.63],
  [2018, 0.68],
  [2019, 0.74],
  [2020, 0.8],
  [2021, 0.87],
  [2022, 1.02],
  [2023, 0.99],
  [2024, 1],
  [2025, 1.08],
  [2026, 1.14],
  [2027, 1.18],
];

/** The index on a date (linear between 1 January points; flat outside the table). */
export function priceIndex(date: Date): number {
  const t = date.getUTCFullYear() + date.getUTCMonth() / 12 + (date.getUTCDate() - 1) / 365;
  const first = INDEX[0] as [number, number];
  const last = INDEX[INDEX.length - 1] as [number, number];
  if (t <= first[0]) return first[1];
  if (t >= last[0]) return last[1];
  for (let i = 1; i < INDEX.length; i += 1) {
    const [y1, v1] = INDEX[i] as [number, number];
    const [y0, v0] = INDEX[i - 1] as [number, number];
    if (t <= y1) return v0 + ((v1 - v0) * (t - y0)) / (y1 - y0);
  }
  return last[1];
}

/** `20240115`, `2024-01-15`, `15-01-2024` or a Date; today when absent or unreadable. */
export function readDate(value: unknown, today: Date): Date {
  if (value instanceof Date) return value;
  const text = String(value ?? '').trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text);
  if (m) return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
  return today;
}

/** `20240115` */
export function compactDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Market value on `date` of a home worth `valueIn2024` on 1 January 2024. */
export function valueOn(valueIn2024: number, date: Date): number {
  return valueIn2024 * priceIndex(date);
}

/** WOZ is valued at the peildatum (1 January of the year before the tax year), a little under market. */
export const WOZ_RATIO = 0.94;

export interface WozEntry {
  /** Peildatum, 1 January. */
  readonly year: number;
  readonly value: number;
}

/** WOZ values for peildatum years up to the last one published before `today`, newest first. */
export function wozHistory(valueIn2024: number, today: Date, firstYear: number): WozEntry[] {
  // The WOZ for tax year Y (peildatum 1 January Y-1) is published in February of Y.
  const last = today.getUTCFullYear() - (today.getUTCMonth() >= 1 ? 1 : 2);
  const entries: WozEntry[] = [];
  for (let year = last; year >= Math.max(firstYear, last - 6); year -= 1) {
    entries.push({
      year,
      value: roundTo(valueOn(valueIn2024, new Date(Date.UTC(year, 0, 1))) * WOZ_RATIO, 1_000),
    });
  }
  return entries;
}
