import { type Address, getMeasure, type InputOf, isDescribedLevel } from '@altum-chat/core';
import { usageError } from '../../errors/chat-error.ts';
import { buildSustainabilityReply } from '../../results/sustainability.ts';
import { type CommandContext, defineCommand, type MeasureSetting, type ReplyBody } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, requireAddress, resultContext } from './data-helpers.ts';
import { chosenFields, deltaActions, KEEP_CURRENT } from './delta-actions.ts';
import { decodeDeltaState, withMeasure } from './delta-state.ts';
import { toSustainabilityView } from './sustainability-view.ts';

/**
 * `delta <address> [measure=level …]`: the what-if. Chosen levels become Altum's `target_*` fields
 * (a solar panel count becomes a PV array); the reply carries one select per main measure so a person
 * can change one measure and see the new label, cost and savings at once.
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2-delta
 */
export const deltaCommand = defineCommand({
  name: 'delta',
  alias: 'watals',
  summary: {
    en: 'What-if: chosen measures → label, cost, savings, value',
    nl: 'Wat als: gekozen maatregelen → label, kosten, besparing, waarde',
  },
  args: [
    ADDRESS_ARG,
    {
      name: 'measures',
      kind: 'measures',
      description: {
        en: 'Measures as measure=level, e.g. `wall_insulation=good installation=heat_pump`',
        nl: 'Maatregelen als maatregel=niveau, bijv. `gevelisolatie=goed installatie=warmtepomp`',
      },
    },
  ],
  examples: ['delta 1071AA 28B wall_insulation=good living_room_windows=hr_plus_plus', 'delta 1071AA 28B'],
  operations: ['sustainability.delta', 'sustainability.apartments.delta'],
  async run(args, ctx) {
    return runDelta(requireAddress(args), args.measures, ctx);
  },
  async action(ref, value, ctx) {
    const state = decodeDeltaState(ref);
    if (!state) throw usageError('delta.staleAction', { command: 'delta' });
    if (state.change === undefined || value === undefined) return runDelta(state.address, state.measures, ctx);
    return runDelta(state.address, withMeasure(state.measures, state.change, parseLevel(state.change, value)), ctx);
  },
});

function parseLevel(key: string, value: string): number | undefined {
  if (value === KEEP_CURRENT) return undefined;
  const measure = getMeasure(key);
  const level = Number(value);
  if (!measure || !isDescribedLevel(measure, level)) {
    throw usageError('delta.badLevel', { command: 'delta', params: { value, measure: key } });
  }
  return level;
}

/** Target fields for the chosen measures; `solar_panels` has no target twin, it describes the PV to add. */
export function deltaTargets(measures: readonly MeasureSetting[]): Record<string, number> {
  const targets: Record<string, number> = {};
  for (const m of measures) targets[m.key === 'solar_panels' ? 'solar_panels' : `target_${m.key}`] = m.level;
  return targets;
}

async function runDelta(address: Address, measures: readonly MeasureSetting[], ctx: CommandContext): Promise<ReplyBody> {
  const input = { ...addressInput('sustainability.delta', address), ...deltaTargets(measures) };
  // Target fields are built from the measure vocabulary the schema is declared from; the client validates them.
  const { data, meta } = await ctx.callWithMeta('sustainability.delta', input as InputOf<'sustainability.delta'>);
  const apartment = meta.operationId === 'sustainability.apartments.delta';
  const rc = resultContext(ctx);
  return buildSustainabilityReply(
    toSustainabilityView(data, address, apartment),
    { kind: 'delta', chosen: chosenFields(measures, rc), actions: deltaActions(address, measures, apartment, rc) },
    rc,
  );
}
