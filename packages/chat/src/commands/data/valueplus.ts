import { buildValuationReply } from '../../results/valuation.ts';
import { defineCommand } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, placeLabel, requireAddress, resultContext } from './data-helpers.ts';

/** `valueplus <address>`: the AVM+ valuation (wider coverage). */
export const valueplusCommand = defineCommand({
  name: 'valueplus',
  alias: 'waardeplus',
  summary: { en: 'AVM+ valuation with wider coverage', nl: 'AVM+-waardering met bredere dekking' },
  args: [ADDRESS_ARG],
  examples: ['valueplus 1071AA 28B'],
  operations: ['avmplus'],
  async run(args, ctx) {
    const address = requireAddress(args);
    const o = await ctx.call('avmplus', addressInput('avmplus', address));
    return buildValuationReply(
      {
        address: placeLabel(address, o.street, o.city),
        price: o.price_estimation,
        confidence: o.confidence,
        houseType: o.house_type,
        buildYear: o.build_year,
        livingArea: o.inner_surface_area,
        plotArea: o.outer_surface_area,
        energyLabel: o.energy_label,
        valuationDate: o.valuation_date,
      },
      'valueplus',
      resultContext(ctx),
    );
  },
});
