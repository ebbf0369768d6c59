import { measures } from '@altum-chat/core';
import type { ReplyBody } from '../commands/define-command.ts';
import { parseAltumDate } from '../format/altum-date.ts';
import { toEnergyLabel } from '../format/energy-label.ts';
import { altumTerm } from '../i18n/altum-terms.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { fieldList, maybe, type ResultContext } from './result-context.ts';
import { levelName, measureName } from './sustainability.ts';
import { type AltumWarning, translateWarnings } from './warnings.ts';

/** The parts of an energy label v2 answer (houses or apartments) the `label` reply shows. */
export interface EnergyLabelView {
  readonly address: string;
  readonly estimated?: string | undefined;
  readonly definitive?: string | undefined;
  readonly definitiveType?: string | undefined;
  readonly definitiveValidity?: string | undefined;
  readonly beng2?: number | undefined;
  readonly gasUsage?: number | undefined;
  readonly electricityUsage?: number | undefined;
  readonly co2?: number | undefined;
  readonly measuresMethod?: number | undefined;
  readonly houseType?: string | undefined;
  readonly buildYear?: number | undefined;
  readonly livingArea?: number | undefined;
  /** Current measure levels Altum assumed, by measure key. */
  readonly levels: Readonly<Record<string, unknown>>;
  readonly warnings: readonly AltumWarning[];
}

/**
 * The `label` reply: the estimated NTA 8800 label as a badge, the registered label if any, usage and
 * the measures Altum assumed. https://docs.altum.ai/english/sustainability/nta-8800-energylabel-v2-api
 */
export function buildEnergyLabelReply(view: EnergyLabelView, ctx: ResultContext): ReplyBody {
  const { t, f } = ctx;
  const estimated = toEnergyLabel(view.estimated);
  const definitive = toEnergyLabel(view.definitive);
  const list = fieldList();
  list.add(t('label.estimated'), estimated);
  if (definitive) {
    list.add(
      t('label.definitive'),
      view.definitiveType && view.definitiveValidity
        ? t('label.definitiveValue', {
            label: definitive,
            type: view.definitiveType,
            validity: maybe(parseAltumDate(view.definitiveValidity), f.date) ?? view.definitiveValidity,
          })
        : definitive,
    );
  }
  list.add(
    t('label.beng2'),
    maybe(view.beng2, (v) => t('label.beng2Value', { value: f.number(v) })),
  );
  list.add(
    t('label.gas'),
    maybe(view.gasUsage, (v) => t('label.gasValue', { value: f.number(v) })),
  );
  list.add(
    t('label.electricity'),
    maybe(view.electricityUsage, (v) => t('label.electricityValue', { value: f.number(v) })),
  );
  list.add(
    t('label.co2'),
    maybe(view.co2, (v) => t('result.kgPerYear', { amount: f.number(v) })),
  );
  list.add(t('field.houseType'), altumTerm(view.houseType, ctx.locale));
  list.add(t('field.buildYear'), maybe(view.buildYear, String));
  list.add(t('field.livingArea'), maybe(view.livingArea, f.area));
  const method = view.measuresMethod;
  if (method !== undefined && method >= 1 && method <= 4) {
    list.add(t('label.method'), t(`label.method.${method}` as MessageKey), false);
  }
  const rows = measures
    .filter((m) => typeof view.levels[m.key] === 'number')
    .map((m) => [measureName(m.key, ctx), levelName(m.key, view.levels[m.key] as number, undefined, ctx)]);
  const shown = estimated ?? definitive;
  return {
    title: t('label.title', { address: view.address }),
    ...(shown ? { summary: t('label.summary', { label: shown }), badge: { current: shown } } : {}),
    fields: list.fields,
    tables:
      rows.length > 0
        ? [{ title: t('label.measuresTable'), columns: [t('label.col.measure'), t('label.col.level')], rows }]
        : [],
    warnings: translateWarnings(view.warnings, ctx),
    charts: [],
    actions: [],
  };
}
