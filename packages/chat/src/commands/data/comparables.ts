import { buildComparablesReply } from '../../results/comparables.ts';
import { defineCommand } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, placeLabel, requireAddress, resultContext } from './data-helpers.ts';

/** `comparables <address>`: the nearest comparable sales from the interactive reference API. */
export const comparablesCommand = defineCommand({
  name: 'comparables',
  alias: 'referenties',
  summary: { en: 'Comparable sold homes nearby', nl: 'Vergelijkbare verkochte woningen in de buurt' },
  args: [ADDRESS_ARG],
  examples: ['comparables 1071AA 28B'],
  operations: ['reference'],
  async run(args, ctx) {
    const address = requireAddress(args);
    const data = await ctx.call('reference', addressInput('reference', address));
    const houses = data.ReferenceData?.ReferenceHouses ?? [];
    return buildComparablesReply(
      {
        address: placeLabel(address),
        meanPrice: data.ReferenceData?.ReferencePriceMean,
        houses: houses.map((h) => ({
          street: h.Street,
          houseNumber: h.HouseNumber,
          houseAddition: h.HouseAddition,
          city: h.City,
          price: h.TransactionPrice,
          date: h.Transactiondate,
          livingArea: h.InnerSurfaceArea,
          distance: h.Distance,
        })),
      },
      resultContext(ctx),
    );
  },
});
