import type { Dwelling } from '../../demo/dwelling.ts';
import { compactDate, readDate, roundTo, valueOn, WOZ_RATIO, wozHistory } from '../../demo/market-model.ts';
import { seeded } from '../../demo/seed.ts';

/** What a filler gets: the fixture body to fill (a copy), the dwelling, the validated request, today. */
export interface FillContext {
  readonly dwelling: Dwelling;
  readonly input: Readonly<Record<string, unknown>>;
  readonly today: Date;
}

/** Turns a fixture body into the answer for one dwelling, keeping the fixture's shape. */
export type Filler = (body: Record<string, unknown>, ctx: FillContext) => unknown;

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** The valuation date a request asks for (`valuationdate`, `valuation_date`), else today. */
export function valuationDate(ctx: FillContext): Date {
  return readDate(ctx.input.valuationdate ?? ctx.input.valuation_date, ctx.today);
}

/** The market value on a date, with the AVM's own small, stable model noise. */
export function avmValue(ctx: FillContext, date: Date): number {
  const noise = seeded(`${ctx.dwelling.bagId}/avm`).around(0.02);
  return Math.round(valueOn(ctx.dwelling.valueIn2024, date) * noise);
}

/** Altum's confidence text: `90% Confidence Interval is 327363-429880.` */
export function confidenceText(value: number, spread: number): string {
  return `90% Confidence Interval is ${Math.round(value * (1 - spread))}-${Math.round(value * (1 + spread * 1.15))}.`;
}

/** The dwelling's WOZ values, newest first, from its build year on. */
export function wozValues(ctx: FillContext) {
  return wozHistory(ctx.dwelling.valueIn2024, ctx.today, ctx.dwelling.buildYear + 1);
}

export function latestWoz(ctx: FillContext): number {
  return wozValues(ctx)[0]?.value ?? roundTo(avmValue(ctx, ctx.today) * WOZ_RATIO, 1_000);
}

/** Whether the home is for sale now, its asking price and since when (the same on every endpoint). */
export function listing(ctx: FillContext): { askingPrice: number; since: string } | undefined {
  const rng = seeded(`${ctx.dwelling.bagId}/listing`);
  if (rng.next() >= 0.3) return undefined;
  const since = new Date(ctx.today.getTime() - rng.int(6, 80) * 86_400_000);
  return {
    askingPrice: roundTo(avmValue(ctx, ctx.today) * 1.04, 5_000),
    since: since.toISOString().slice(0, 10),
  };
}

export interface Sale {
  readonly date: Date;
  readonly price: number;
  readonly indexed: number;
}

/** The home's registered sales, newest first: one to three, none before 1995 or its build year. */
export function sales(ctx: FillContext): Sale[] {
  const { dwelling } = ctx;
  const rng = seeded(`${dwelling.bagId}/sales`);
  const first = Math.max(1995, dwelling.buildYear + 1);
  const list: Sale[] = [];
  let year = Math.min(ctx.today.getUTCFullYear() - 1, Math.max(first, rng.int(2008, 2024)));
  while (year >= first && list.length < 3) {
    const date = new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28)));
    const price = roundTo(valueOn(dwelling.valueIn2024, date) * rng.around(0.05), 1_000);
    list.push({ date, price, indexed: roundTo((price * valueOn(1, ctx.today)) / valueOn(1, date), 1_000) });
    year -= rng.int(5, 12);
  }
  return list;
}

export { compactDate };
