import { buildValuationReply } from '../../results/valuation.ts';
import { defineCommand } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, placeLabel, requireAddress, resultContext } from './data-helpers.ts';

/** `value <address>`: the AVM model valuation with its confidence interval. */
export const valueCommand = defineCommand({
  name: 'value',
  alias: 'waarde',
  summary: { en: 'Model valuation with confidence interval', nl: 'Modelwaarde met betrouwbaarheidsinterval' },
  args: [ADDRESS_ARG],
  examples: ['value 1071AA 28B', 'value Damrak 1 Amsterdam'],
  operations: ['avm'],
  async run(args, ctx) {
    const address = requireAddress(args);
    const { Output: o } = await ctx.call('avm', addressInput('avm', address));
    return buildValuationReply(
      {
        address: placeLabel(address, o.Street, o.City),
        price: o.PriceEstimation,
        confidence: o.Confidence,
        houseType: o.HouseType,
        buildYear: o.BuildYear,
        livingArea: o.InnerSurfaceArea,
        plotArea: o.OuterSurfaceArea,
        energyLabel: o.EnergyLabel,
        valuationDate: o.ValuationDate,
      },
      'value',
      resultContext(ctx),
    );
  },
});
