import { buildFeaturesReply } from '../../results/features.ts';
import { defineCommand } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, placeLabel, requireAddress, resultContext } from './data-helpers.ts';

/** `features <address>`: building characteristics from the housing features API v2. */
export const featuresCommand = defineCommand({
  name: 'features',
  alias: 'kenmerken',
  summary: { en: 'Building characteristics', nl: 'Woningkenmerken' },
  args: [ADDRESS_ARG],
  examples: ['features 1071AA 28B'],
  operations: ['objectdata.v2'],
  async run(args, ctx) {
    const address = requireAddress(args);
    const o = await ctx.call('objectdata.v2', addressInput('objectdata.v2', address));
    return buildFeaturesReply(
      {
        address: placeLabel(address, o.street, o.city),
        typeGeneric: o.house_type_generic,
        typeSpecific: o.house_type_specific,
        construction: o.type_house_construction,
        status: o.building_status,
        buildYear: o.build_year,
        livingArea: o.inner_surface_area,
        plotArea: o.outer_surface_area,
        volume: o.volume,
        rooms: o.rooms,
        bathrooms: o.number_of_bathrooms,
        monument: o.monument_description,
        garden: o.garden_location,
        neighbourhood: o.neighbourhood_name,
        municipality: o.municipality_name,
        ownerOccupied: o.use_ownership === undefined ? undefined : o.use_ownership.toUpperCase() === 'V',
      },
      resultContext(ctx),
    );
  },
});
