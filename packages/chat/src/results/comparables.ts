import { parsePriceRange } from '@altum-chat/core';
import { type ReplyBody, replyBody } from '../commands/define-command.ts';
import { parseAltumDate } from '../format/altum-date.ts';
import { fieldList, maybe, type ResultContext } from './result-context.ts';

export interface ComparableView {
  readonly street?: string | undefined;
  readonly houseNumber?: number | undefined;
  readonly houseAddition?: string | undefined;
  readonly city?: string | undefined;
  /** `"350000-375000"`: Kadaster publishes price bands, not exact prices. */
  readonly price?: string | undefined;
  /** `YYYYMM`. */
  readonly date?: number | string | undefined;
  readonly livingArea?: number | undefined;
  /** Metres. */
  readonly distance?: number | undefined;
}

export interface ComparablesView {
  readonly address: string;
  readonly meanPrice?: string | undefined;
  readonly houses: readonly ComparableView[];
}

/** How many comparables the reply lists; the rest are counted in the summary. */
export const COMPARABLES_SHOWN = 5;

/**
 * The `comparables` reply: the five nearest comparable sales with their price band and price per m²
 * (from the middle of the band).
 * https://docs.altum.ai/english/property-valuation-and-market/interactive-reference-api/output-interpretation
 */
export function buildComparablesReply(view: ComparablesView, ctx: ResultContext): ReplyBody {
  const { t, f } = ctx;
  const title = t('comparables.title', { address: view.address });
  if (view.houses.length === 0) {
    return replyBody({
      title,
      summary: t('comparables.empty'),
    });
  }
  const nearest = [...view.houses]
    .sort((a, b) => (a.distance ?? Number.POSITIVE_INFINITY) - (b.distance ?? Number.POSITIVE_INFINITY))
    .slice(0, COMPARABLES_SHOWN);
  const rows = nearest.map((house) => {
    const range = parsePriceRange(house.price);
    const middle = range ? (range.low + range.high) / 2 : undefined;
    const place = [house.street, [house.houseNumber, house.houseAddition].filter(Boolean).join('-')]
      .filter(Boolean)
      .join(' ');
    return [
      [place, house.city].filter(Boolean).join(', ') || '–',
      maybe(parseAltumDate(house.date), f.date) ?? '–',
      range ? (range.low === range.high ? f.money(range.low) : f.moneyRange(range.low, range.high)) : '–',
      maybe(house.livingArea, f.area) ?? '–',
      middle !== undefined && house.livingArea ? f.money(middle / house.livingArea) : '–',
      maybe(house.distance, (m) => `${f.number(m)} m`) ?? '–',
    ];
  });
  const list = fieldList();
  const mean = parsePriceRange(view.meanPrice);
  list.add(t('comparables.mean'), mean ? f.moneyRange(mean.low, mean.high) : undefined);
  return {
    title,
    summary: t('comparables.summary', { count: view.houses.length, shown: rows.length }),
    fields: list.fields,
    tables: [
      {
        title: t('comparables.table'),
        columns: [
          t('comparables.col.address'),
          t('comparables.col.date'),
          t('comparables.col.price'),
          t('comparables.col.area'),
          t('comparables.col.perM2'),
          t('comparables.col.distance'),
        ],
        rows,
      },
    ],
    warnings: [],
    charts: [],
    actions: [],
  };
}
