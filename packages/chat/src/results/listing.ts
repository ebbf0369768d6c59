import { type ReplyBody, replyBody } from '../commands/define-command.ts';
import { parseAltumDate } from '../format/altum-date.ts';
import { toEnergyLabel } from '../format/energy-label.ts';
import { altumTerm } from '../i18n/altum-terms.ts';
import { fieldList, maybe, type ResultContext } from './result-context.ts';

export interface ListingView {
  readonly address: string;
  readonly askingPrice?: number | undefined;
  readonly listedSince?: string | undefined;
  readonly houseType?: string | undefined;
  readonly buildingType?: string | undefined;
  readonly buildYear?: number | undefined;
  readonly livingArea?: number | undefined;
  readonly plotArea?: number | undefined;
  readonly rooms?: number | undefined;
  readonly bedrooms?: number | undefined;
  readonly floors?: number | undefined;
  readonly energyLabel?: string | undefined;
}

/** The `listing` reply: whether the home is for sale, at what asking price and since when. https://docs.altum.ai/english/property-data/move-data */
export function buildListingReply(view: ListingView, ctx: ResultContext): ReplyBody {
  const { t, f } = ctx;
  const listed = view.askingPrice !== undefined && view.askingPrice > 0;
  const list = fieldList();
  list.add(t('listing.askingPrice'), listed ? f.money(view.askingPrice ?? 0) : t('listing.notListed'));
  list.add(t('listing.listedSince'), maybe(parseAltumDate(view.listedSince), f.date) ?? view.listedSince);
  if (listed && view.livingArea) {
    list.add(
      t('value.perM2'),
      t('result.perM2', { amount: f.money((view.askingPrice ?? 0) / view.livingArea) }),
    );
  }
  list.add(t('field.houseType'), altumTerm(view.houseType, ctx.locale));
  list.add(t('listing.buildingType'), altumTerm(view.buildingType, ctx.locale));
  list.add(t('field.buildYear'), maybe(view.buildYear, String));
  list.add(t('field.livingArea'), maybe(view.livingArea, f.area));
  list.add(t('field.plotArea'), maybe(view.plotArea, f.area));
  list.add(t('field.rooms'), maybe(view.rooms, String));
  list.add(t('field.bedrooms'), maybe(view.bedrooms, String));
  list.add(t('listing.floors'), maybe(view.floors, String));
  const label = toEnergyLabel(view.energyLabel);
  list.add(t('field.energyLabel'), label);
  return replyBody({
    title: t('listing.title', { address: view.address }),
    summary: listed
      ? t('listing.summaryListed', { price: f.money(view.askingPrice ?? 0) })
      : t('listing.summaryNotListed'),
    ...(label ? { badge: { current: label } } : {}),
    fields: list.fields,
  });
}
