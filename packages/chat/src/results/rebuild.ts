import { type ReplyBody, replyBody } from '../commands/define-command.ts';
import { toEnergyLabel } from '../format/energy-label.ts';
import { altumTerm } from '../i18n/altum-terms.ts';
import { fieldList, maybe, type ResultContext } from './result-context.ts';

export interface RebuildView {
  readonly address: string;
  readonly rebuildValue: number;
  readonly wozValue?: number | undefined;
  readonly buildingValue?: number | undefined;
  readonly parcelValue?: number | undefined;
  readonly accuracy?: number | undefined;
  readonly houseType?: string | undefined;
  readonly buildYear?: number | undefined;
  readonly livingArea?: number | undefined;
  readonly volume?: number | undefined;
  readonly roofType?: string | undefined;
  readonly energyLabel?: string | undefined;
}

/** The `rebuild` reply: the rebuild value for insurance, with WOZ, building and parcel values. https://docs.altum.ai/english/insurance/rebuild-value-api */
export function buildRebuildReply(view: RebuildView, ctx: ResultContext): ReplyBody {
  const { t, f } = ctx;
  const list = fieldList();
  list.add(t('rebuild.value'), f.money(view.rebuildValue));
  list.add(t('rebuild.woz'), maybe(view.wozValue, f.money));
  list.add(t('rebuild.building'), maybe(view.buildingValue, f.money));
  list.add(t('rebuild.parcel'), maybe(view.parcelValue, f.money));
  list.add(t('rebuild.accuracy'), maybe(view.accuracy, String));
  list.add(t('field.houseType'), altumTerm(view.houseType, ctx.locale));
  list.add(t('field.buildYear'), maybe(view.buildYear, String));
  list.add(t('field.livingArea'), maybe(view.livingArea, f.area));
  list.add(
    t('field.volume'),
    maybe(view.volume, (v) => `${f.number(v)} m³`),
  );
  list.add(t('rebuild.roof'), altumTerm(view.roofType, ctx.locale));
  const label = toEnergyLabel(view.energyLabel);
  list.add(t('field.energyLabel'), label);
  return replyBody({
    title: t('rebuild.title', { address: view.address }),
    summary: t('rebuild.summary', { value: f.money(view.rebuildValue) }),
    ...(label ? { badge: { current: label } } : {}),
    fields: list.fields,
  });
}
