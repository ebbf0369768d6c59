import { ENERGY_LABELS } from '../../format/energy-label.ts';
import { buildSustainabilityReply } from '../../results/sustainability.ts';
import { defineCommand, stringOption } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, requireAddress, resultContext } from './data-helpers.ts';
import { toSustainabilityView } from './sustainability-view.ts';

const DEFAULT_TARGET = 'A';

/**
 * `advice <address> [target=A]`: measures that reach a target label, with cost, savings and value.
 * Apartments are answered by the apartments endpoint after Altum's 301 (the client retries there).
 */
export const adviceCommand = defineCommand({
  name: 'advice',
  alias: 'advies',
  summary: { en: 'Measures to reach a target energy label', nl: 'Maatregelen om een doellabel te halen' },
  args: [
    ADDRESS_ARG,
    {
      name: 'target',
      kind: 'choice',
      aliases: ['doel', 'doellabel'],
      description: { en: 'Target label, A++++ … G (default A)', nl: 'Doellabel, A++++ … G (standaard A)' },
      choices: ENERGY_LABELS.map((label) => ({ value: label, label: { en: label, nl: label } })),
    },
  ],
  examples: ['advice 1071AA 28B', 'advice 1071AA 28B target=B'],
  operations: ['sustainability', 'sustainability.apartments'],
  async run(args, ctx) {
    const address = requireAddress(args);
    const target = (stringOption(args, 'target') ?? DEFAULT_TARGET).toUpperCase();
    const { data, meta } = await ctx.callWithMeta('sustainability', {
      ...addressInput('sustainability', address),
      target_label: target,
    });
    const apartment = meta.operationId === 'sustainability.apartments';
    return buildSustainabilityReply(
      toSustainabilityView(data, address, apartment),
      { kind: 'advice', target },
      resultContext(ctx),
    );
  },
});
