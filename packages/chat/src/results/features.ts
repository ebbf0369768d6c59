import { type ReplyBody, replyBody } from '../commands/define-command.ts';
import { altumTerm } from '../i18n/altum-terms.ts';
import { fieldList, maybe, type ResultContext } from './result-context.ts';

export interface FeaturesView {
  readonly address: string;
  readonly typeGeneric?: string | undefined;
  readonly typeSpecific?: string | undefined;
  readonly construction?: string | undefined;
  readonly status?: string | undefined;
  readonly buildYear?: number | undefined;
  readonly livingArea?: number | undefined;
  readonly plotArea?: number | undefined;
  readonly volume?: number | undefined;
  readonly rooms?: number | undefined;
  readonly bathrooms?: number | undefined;
  readonly monument?: string | undefined;
  readonly garden?: string | undefined;
  readonly neighbourhood?: string | undefined;
  readonly municipality?: string | undefined;
  /** Altum's `use_ownership`: `V` owner-occupied (eigendom), `H` rented [inferred from the Dutch codes]. */
  readonly ownerOccupied?: boolean | undefined;
}

/** The `features` reply: building characteristics from the housing features API v2. https://docs.altum.ai/english/property-data/housing-features-api */
export function buildFeaturesReply(view: FeaturesView, ctx: ResultContext): ReplyBody {
  const { t, f } = ctx;
  const list = fieldList();
  const type = [view.typeGeneric, view.typeSpecific]
    .filter(Boolean)
    .map((word) => altumTerm(word, ctx.locale))
    .join(' · ');
  list.add(t('features.type'), type || undefined);
  list.add(t('features.construction'), altumTerm(view.construction, ctx.locale));
  list.add(t('field.buildYear'), maybe(view.buildYear, String));
  list.add(t('field.livingArea'), maybe(view.livingArea, f.area));
  list.add(t('field.plotArea'), maybe(view.plotArea, f.area));
  list.add(
    t('field.volume'),
    maybe(view.volume, (v) => `${f.number(v)} m³`),
  );
  list.add(t('field.rooms'), maybe(view.rooms, String));
  list.add(t('field.bathrooms'), maybe(view.bathrooms, String));
  list.add(t('features.garden'), altumTerm(view.garden, ctx.locale));
  list.add(t('features.monument'), altumTerm(view.monument, ctx.locale));
  list.add(t('features.status'), altumTerm(view.status, ctx.locale));
  list.add(
    t('features.ownership'),
    maybe(view.ownerOccupied, (v) => t(v ? 'result.yes' : 'result.no')),
  );
  list.add(t('features.neighbourhood'), view.neighbourhood);
  list.add(t('features.municipality'), view.municipality);
  const summary =
    type && view.buildYear && view.livingArea
      ? t('features.summary', { type, year: view.buildYear, area: f.area(view.livingArea) })
      : undefined;
  return replyBody({
    title: t('features.title', { address: view.address }),
    ...(summary ? { summary } : {}),
    fields: list.fields,
  });
}
