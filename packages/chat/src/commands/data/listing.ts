import { buildListingReply } from '../../results/listing.ts';
import { defineCommand } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, placeLabel, requireAddress, resultContext } from './data-helpers.ts';

/** `listing <address>`: listing status and asking price (move data). */
export const listingCommand = defineCommand({
  name: 'listing',
  alias: 'aanbod',
  summary: { en: 'Listing status and asking price', nl: 'Aanbodstatus en vraagprijs' },
  args: [ADDRESS_ARG],
  examples: ['listing 1071AA 28B'],
  operations: ['movedata'],
  async run(args, ctx) {
    const address = requireAddress(args);
    const { Output: o } = await ctx.call('movedata', addressInput('movedata', address));
    return buildListingReply(
      {
        address: placeLabel(address, o.Street, o.City),
        askingPrice: o.AskingPrice,
        listedSince: o.ListedSince,
        houseType: o.HouseType,
        buildingType: o.BuildingType,
        buildYear: o.BuildYear,
        livingArea: o.InnerSurfaceArea,
        plotArea: o.OuterSurfaceArea,
        rooms: o.Rooms,
        bedrooms: o.Bedrooms,
        floors: o.NumberOfFloors,
        energyLabel: o.EnergyLabel,
      },
      resultContext(ctx),
    );
  },
});
