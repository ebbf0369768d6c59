import { type Address, getMeasure } from '@altum-chat/core';
import type { ReplyAction, ReplyField } from '../../reply/reply.ts';
import { levelName, measureName } from '../../results/sustainability.ts';
import type { ResultContext } from '../../results/result-context.ts';
import { actionId, type MeasureSetting } from '../define-command.ts';
import { encodeDeltaState } from './delta-state.ts';

/** The value a select sends to drop a measure from the what-if ("keep current"). */
export const KEEP_CURRENT = '-';

/**
 * Measures offered as selects under a Delta reply. Discord allows five action rows, so five measures:
 * the ones that move a label most for most Dutch homes; the rest stay available in text.
 */
export function selectMeasures(apartment: boolean): readonly string[] {
  return [
    'wall_insulation',
    'floor_insulation',
    apartment ? 'roof_insulation' : 'sloped_roof_insulation',
    'living_room_windows',
    'installation',
  ];
}

/** One select per offered measure; each id carries the address, the whole chosen set and which measure it changes. */
export function deltaActions(
  address: Address,
  chosen: readonly MeasureSetting[],
  apartment: boolean,
  ctx: ResultContext,
): ReplyAction[] {
  const actions: ReplyAction[] = [];
  for (const key of selectMeasures(apartment)) {
    const measure = getMeasure(key);
    if (!measure) continue;
    const current = chosen.find((m) => m.key === key);
    const ref = encodeDeltaState({ address, measures: chosen, change: key });
    actions.push({
      type: 'select',
      id: actionId({ name: 'delta' }, ref),
      placeholder: ctx.t('delta.change', { measure: measureName(key, ctx) }),
      options: [
        { label: ctx.t('delta.keep'), value: KEEP_CURRENT },
        ...measure.levels.map((l) => ({ label: l.label[ctx.locale], value: String(l.level) })),
      ],
      ...(current ? { selected: String(current.level) } : {}),
    });
  }
  return actions;
}

/** The chosen measures as one field, so the reply says what was assumed: `gevelisolatie: goed, …`. */
export function chosenFields(chosen: readonly MeasureSetting[], ctx: ResultContext): ReplyField[] {
  if (chosen.length === 0) return [];
  const value = chosen
    .map((m) =>
      m.key === 'solar_panels'
        ? `${measureName(m.key, ctx)}: ${m.level}`
        : `${measureName(m.key, ctx)}: ${levelName(m.key, m.level, undefined, ctx)}`,
    )
    .join(', ');
  return [{ label: ctx.t('delta.chosen'), value, inline: false }];
}
