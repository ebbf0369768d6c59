import { wozHistoryChart } from '../charts/woz-history.ts';
import type { ReplyBody } from '../commands/define-command.ts';
import { type AltumDate, compareAltumDates, parseAltumDate } from '../format/altum-date.ts';
import { relativeChange } from '../format/year-change.ts';
import { fieldList, maybe, type ResultContext } from './result-context.ts';

export interface WozEntryView {
  /** `DD-MM-YYYY` in the docs; any Altum date spelling is accepted. */
  readonly date?: string | number | undefined;
  readonly value?: number | undefined;
  readonly indexedValue?: number | undefined;
}

export interface WozView {
  readonly address: string;
  readonly entries: readonly WozEntryView[];
  readonly sourceDate?: string | undefined;
  readonly buildYear?: number | undefined;
}

interface Dated {
  readonly date: AltumDate;
  readonly value: number;
  readonly indexedValue?: number | undefined;
}

/**
 * The `woz` reply: the latest value, its change on the year before, and the history table and chart,
 * sorted by reference date (Altum's order is not promised).
 * https://docs.altum.ai/english/property-data/woz-api/authentication-input-and-response
 */
export function buildWozReply(view: WozView, ctx: ResultContext): ReplyBody {
  const { t, f } = ctx;
  const title = t('woz.title', { address: view.address });
  const entries: Dated[] = [];
  for (const entry of view.entries) {
    const date = parseAltumDate(entry.date);
    if (date && entry.value !== undefined)
      entries.push({ date, value: entry.value, indexedValue: entry.indexedValue });
  }
  entries.sort((a, b) => compareAltumDates(a.date, b.date));
  const latest = entries[entries.length - 1];
  if (!latest) {
    return { title, summary: t('woz.empty'), fields: [], tables: [], warnings: [], charts: [], actions: [] };
  }
  const previous = entries[entries.length - 2];
  const list = fieldList();
  list.add(
    t('woz.latest'),
    t('woz.latestValue', { value: f.money(latest.value), date: f.date(latest.date) }),
    false,
  );
  const indexed = latest.indexedValue ?? entries.find((e) => e.indexedValue !== undefined)?.indexedValue;
  list.add(t('woz.indexed'), maybe(indexed, f.money));
  list.add(t('woz.change'), maybe(relativeChange(previous?.value, latest.value), f.change));
  list.add(t('field.buildYear'), maybe(view.buildYear, String));
  list.add(t('woz.sourceDate'), maybe(parseAltumDate(view.sourceDate), f.date));
  const newestFirst = [...entries].reverse();
  const rows = newestFirst.map((entry, i) => {
    const older = newestFirst[i + 1];
    return [
      f.date(entry.date),
      f.money(entry.value),
      maybe(relativeChange(older?.value, entry.value), f.change) ?? '–',
    ];
  });
  const points = entries.map((e) => ({ year: e.date.year, value: e.value }));
  return {
    title,
    summary: t('woz.summary', {
      value: f.money(latest.value),
      date: f.date(latest.date),
      count: entries.length,
    }),
    fields: list.fields,
    tables: [
      { title: t('woz.table'), columns: [t('woz.col.date'), t('woz.col.value'), t('woz.col.change')], rows },
    ],
    warnings: [],
    charts: ctx.charts && points.length >= 2 ? [wozHistoryChart(points, t, f)] : [],
    actions: [],
  };
}
