import { parseConfidence } from '@altum-chat/core';
import { type ReplyBody, replyBody } from '../commands/define-command.ts';
import { parseAltumDate } from '../format/altum-date.ts';
import { toEnergyLabel } from '../format/energy-label.ts';
import { altumTerm } from '../i18n/altum-terms.ts';
import { fieldList, maybe, type ResultContext } from './result-context.ts';

/** The parts of an AVM or AVM+ answer a valuation reply shows, whatever spelling Altum used. */
export interface ValuationView {
  readonly address: string;
  readonly price: number;
  /** Altum's free text, `"90% Confidence Interval is 327363-429880."`. */
  readonly confidence?: string | undefined;
  readonly houseType?: string | undefined;
  readonly buildYear?: number | undefined;
  readonly livingArea?: number | undefined;
  readonly plotArea?: number | undefined;
  readonly energyLabel?: string | undefined;
  readonly valuationDate?: string | number | undefined;
}

/**
 * The `value` (AVM) and `valueplus` (AVM+) reply: the estimate, the confidence interval as a range,
 * and the object data Altum valued with.
 * https://docs.altum.ai/english/property-valuation-and-market/avm-api/output-interpretation
 */
export function buildValuationReply(
  view: ValuationView,
  kind: 'value' | 'valueplus',
  ctx: ResultContext,
): ReplyBody {
  const { t, f } = ctx;
  const range = parseConfidence(view.confidence);
  const price = f.money(view.price);
  const list = fieldList();
  list.add(t('value.estimate'), price);
  if (range) {
    const label =
      range.level === undefined
        ? t('value.intervalNoLevel')
        : t('value.interval', { level: f.percent(range.level / 100) });
    list.add(label, f.moneyRange(range.low, range.high));
  }
  const label = toEnergyLabel(view.energyLabel);
  list.add(t('field.energyLabel'), label);
  list.add(t('field.livingArea'), maybe(view.livingArea, f.area));
  if (view.livingArea)
    list.add(t('value.perM2'), t('result.perM2', { amount: f.money(view.price / view.livingArea) }));
  list.add(t('field.plotArea'), maybe(view.plotArea, f.area));
  list.add(t('field.buildYear'), maybe(view.buildYear, String));
  list.add(t('field.houseType'), altumTerm(view.houseType, ctx.locale));
  list.add(t('field.valuationDate'), maybe(parseAltumDate(view.valuationDate), f.date));
  const summary = range
    ? t('value.summary', { price, low: f.money(range.low), high: f.money(range.high) })
    : t('value.summaryNoRange', { price });
  return replyBody({
    title: t(kind === 'value' ? 'value.title' : 'valueplus.title', { address: view.address }),
    summary,
    ...(label ? { badge: { current: label } } : {}),
    fields: list.fields,
  });
}
