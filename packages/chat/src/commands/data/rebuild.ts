import { buildRebuildReply } from '../../results/rebuild.ts';
import { defineCommand } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, placeLabel, requireAddress, resultContext } from './data-helpers.ts';

/** `rebuild <address>`: the rebuild value for insurance. */
export const rebuildCommand = defineCommand({
  name: 'rebuild',
  alias: 'herbouw',
  summary: { en: 'Rebuild value for insurance', nl: 'Herbouwwaarde voor de verzekering' },
  args: [ADDRESS_ARG],
  examples: ['rebuild 1071AA 28B'],
  operations: ['rebuild'],
  async run(args, ctx) {
    const address = requireAddress(args);
    const { Output: o } = await ctx.call('rebuild', addressInput('rebuild', address));
    return buildRebuildReply(
      {
        address: placeLabel(address, o.street, o.city),
        rebuildValue: o.rebuild_value,
        wozValue: o.woz_value,
        buildingValue: o.building_value,
        parcelValue: o.parcel_value,
        accuracy: o.accuracy_indicator,
        houseType: o.house_type,
        buildYear: o.build_year,
        livingArea: o.inner_surface_area,
        volume: o.volume,
        roofType: o.roof_type,
        energyLabel: o.energy_label,
      },
      resultContext(ctx),
    );
  },
});
