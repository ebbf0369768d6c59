import { getMeasure } from '@altum-chat/core';
import { labelLadderChart } from '../charts/label-ladder.ts';
import { measureBarsChart } from '../charts/measure-bars.ts';
import type { ReplyBody } from '../commands/define-command.ts';
import { toEnergyLabel } from '../format/energy-label.ts';
import type { ReplyAction, ReplyField, ReplyTable } from '../reply/reply.ts';
import { fieldList, maybe, type ResultContext } from './result-context.ts';
import { type AltumWarning, translateWarnings } from './warnings.ts';

/** One measure of the answer: `before`/`after` levels with Altum's Dutch description, cost and saving. */
export interface MeasureResultView {
  readonly key: string;
  readonly before?: { readonly desc?: string | undefined; readonly value?: number | undefined } | undefined;
  readonly after?: { readonly desc?: string | undefined; readonly value?: number | undefined } | undefined;
  readonly investment?: number | undefined;
  readonly saving?: number | undefined;
}

/** The shared answer of the v2 sustainability advice and Delta APIs (houses and apartments). */
export interface SustainabilityView {
  readonly address: string;
  /** The address as a command argument (`1071AA 28-B`), for the example in the no-measures hint. */
  readonly addressArg: string;
  readonly labelCurrent?: string | undefined;
  readonly labelPotential?: string | undefined;
  readonly investment?: number | undefined;
  readonly yearlySaving?: number | undefined;
  readonly monthlySaving?: number | undefined;
  readonly monthsToPayOff?: number | undefined;
  /** Percent, as Altum reports it. */
  readonly returnOnInvestment?: number | undefined;
  readonly ecoValue?: number | undefined;
  readonly energyCostMonthly?: {
    readonly current?: number | undefined;
    readonly potential?: number | undefined;
  };
  readonly co2?: { readonly current?: number | undefined; readonly potential?: number | undefined };
  readonly measures: readonly MeasureResultView[];
  readonly warnings: readonly AltumWarning[];
  /** True when the apartments endpoint answered (directly or after the 301 fallback). */
  readonly apartment: boolean;
}

export type SustainabilityMode =
  | { readonly kind: 'advice'; readonly target: string }
  | {
      readonly kind: 'delta';
      readonly chosen: readonly ReplyField[];
      readonly actions: readonly ReplyAction[];
    };

/**
 * The `advice` and `delta` reply: current → potential label, investment, savings, payback or ROI, the
 * value impact (Ecowaarde) and a per-measure table, with the label ladder and cost charts.
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2-delta
 */
export function buildSustainabilityReply(
  view: SustainabilityView,
  mode: SustainabilityMode,
  ctx: ResultContext,
): ReplyBody {
  const { t, f } = ctx;
  const current = toEnergyLabel(view.labelCurrent);
  const potential = toEnergyLabel(view.labelPotential);
  const list = fieldList();
  if (mode.kind === 'advice') list.add(t('advice.target'), mode.target);
  if (current)
    list.add(
      t('sust.label'),
      potential && potential !== current ? t('result.from_to', { from: current, to: potential }) : current,
    );
  list.add(t('sust.investment'), maybe(view.investment, f.money));
  list.add(t('sust.yearlySaving'), maybe(view.yearlySaving, f.money));
  list.add(t('sust.monthlySaving'), maybe(view.monthlySaving, f.money));
  list.add(
    t('sust.payback'),
    maybe(view.monthsToPayOff, (m) => paybackText(m, ctx)),
  );
  list.add(
    t('sust.roi'),
    maybe(view.returnOnInvestment, (p) => f.percent(p / 100)),
  );
  list.add(t('sust.ecoValue'), maybe(view.ecoValue, f.money));
  list.add(t('sust.energyBill'), fromTo(view.energyCostMonthly, f.money, ctx));
  list.add(
    t('sust.co2'),
    fromTo(view.co2, (kg) => `${f.number(kg)} kg`, ctx),
  );
  const measures = view.measures.filter((m) => m.investment !== undefined || m.after !== undefined);
  const tables: ReplyTable[] = measures.length > 0 ? [measureTable(measures, ctx)] : [];
  const warnings = translateWarnings(view.warnings, ctx);
  if (view.apartment) warnings.push(t('sust.apartment'));
  const address = view.address;
  const summaryParams = {
    current: current ?? t('result.unknown'),
    potential: potential ?? current ?? t('result.unknown'),
    investment: f.money(view.investment ?? 0),
    saving: f.money(view.yearlySaving ?? 0),
  };
  let summary: string;
  if (mode.kind === 'advice') {
    summary = measures.length > 0 ? t('advice.summary', summaryParams) : t('sust.noMeasures');
  } else {
    summary =
      mode.chosen.length > 0
        ? t('delta.summary', summaryParams)
        : t('delta.noMeasures', { address: view.addressArg });
  }
  const bars = measures
    .filter((m) => (m.investment ?? 0) > 0 || (m.saving ?? 0) > 0)
    .map((m) => ({ label: measureName(m.key, ctx), investment: m.investment ?? 0, saving: m.saving ?? 0 }));
  const charts =
    ctx.charts && current
      ? [labelLadderChart(current, potential, t), ...(bars.length > 0 ? [measureBarsChart(bars, t, f)] : [])]
      : [];
  return {
    title: t(mode.kind === 'advice' ? 'advice.title' : 'delta.title', { address }),
    summary,
    ...(current ? { badge: potential ? { current, potential } : { current } } : {}),
    fields: mode.kind === 'delta' && mode.chosen.length > 0 ? [...list.fields, ...mode.chosen] : list.fields,
    tables,
    warnings,
    charts,
    actions: mode.kind === 'delta' ? mode.actions : [],
  };
}

/** A measure's name in the user's language (`gevelisolatie`), or Altum's key when we do not know it. */
export function measureName(key: string, ctx: ResultContext): string {
  return getMeasure(key)?.label[ctx.locale] ?? key.replaceAll('_', ' ');
}

/** The name of a measure level in the user's language (`goed`), falling back to Altum's text or the number. */
export function levelName(
  key: string,
  level: number | undefined,
  desc: string | undefined,
  ctx: ResultContext,
): string {
  const named = getMeasure(key)?.levels.find((l) => l.level === level)?.label[ctx.locale];
  return named ?? desc ?? (level === undefined ? '–' : String(level));
}

function measureTable(measures: readonly MeasureResultView[], ctx: ResultContext): ReplyTable {
  const { t, f } = ctx;
  return {
    title: t('sust.measuresTable'),
    columns: [t('sust.col.measure'), t('sust.col.change'), t('sust.col.investment'), t('sust.col.saving')],
    rows: measures.map((m) => [
      measureName(m.key, ctx),
      t('result.from_to', {
        from: levelName(m.key, m.before?.value, m.before?.desc, ctx),
        to: levelName(m.key, m.after?.value, m.after?.desc, ctx),
      }),
      maybe(m.investment, f.money) ?? '–',
      maybe(m.saving, f.money) ?? '–',
    ]),
  };
}

function paybackText(months: number, ctx: ResultContext): string {
  if (months < 24) return ctx.t('result.months', { count: months });
  return ctx.t('result.years', { years: ctx.f.number(months / 12, 1) });
}

function fromTo(
  pair: { readonly current?: number | undefined; readonly potential?: number | undefined } | undefined,
  format: (value: number) => string,
  ctx: ResultContext,
): string | undefined {
  if (pair?.current === undefined) return maybe(pair?.potential, format);
  if (pair.potential === undefined) return format(pair.current);
  return ctx.t('result.from_to', { from: format(pair.current), to: format(pair.potential) });
}
