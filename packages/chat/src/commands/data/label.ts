import { buildEnergyLabelReply } from '../../results/energy-label.ts';
import { defineCommand, integerOption, stringOption } from '../define-command.ts';
import { ADDRESS_ARG, addressInput, requireAddress, resultContext } from './data-helpers.ts';
import { placeLabel } from './data-helpers.ts';

/** `label <address> [type=apartment]`: the estimated NTA 8800 energy label (energy label API v2). */
export const labelCommand = defineCommand({
  name: 'label',
  alias: 'label',
  summary: { en: 'Estimated NTA 8800 energy label', nl: 'Geschat NTA 8800-energielabel' },
  args: [
    ADDRESS_ARG,
    {
      name: 'type',
      kind: 'choice',
      aliases: ['soort'],
      description: { en: 'house (default) or apartment', nl: 'woning (standaard) of appartement' },
      choices: [
        { value: 'house', label: { en: 'house', nl: 'woning' }, aliases: ['huis'] },
        { value: 'apartment', label: { en: 'apartment', nl: 'appartement' }, aliases: ['flat'] },
      ],
    },
    {
      // Altum asks for it when it has no house type on record ("… Use house_type parameter instead.").
      name: 'house_type',
      kind: 'integer',
      aliases: ['woningtype'],
      min: 1,
      max: 4,
      description: {
        en: '1 detached, 2 semi-detached, 3 corner house, 4 terraced house',
        nl: '1 vrijstaand, 2 twee-onder-een-kap, 3 hoekwoning, 4 tussenwoning',
      },
    },
  ],
  examples: ['label 1071AA 28B', 'label 1017CE 101-A02 type=apartment'],
  operations: ['energylabel.houses', 'energylabel.apartments'],
  async run(args, ctx) {
    const address = requireAddress(args);
    const id = stringOption(args, 'type') === 'apartment' ? 'energylabel.apartments' : 'energylabel.houses';
    const houseType = integerOption(args, 'house_type');
    const o =
      id === 'energylabel.houses'
        ? await ctx.call(id, { ...addressInput(id, address), ...(houseType === undefined ? {} : { house_type: houseType }) })
        : await ctx.call(id, addressInput(id, address));
    return buildEnergyLabelReply(
      {
        address: placeLabel(address),
        estimated: o.current_estimated_energy_label,
        definitive: o.definitive_energy_label,
        definitiveType: o.definitive_energy_label_type,
        definitiveValidity: o.definitive_energy_label_validity_date,
        beng2: o.current_estimated_BENG2_score,
        gasUsage: o.estimated_gas_usage,
        electricityUsage: o.estimated_energy_usage,
        co2: o.CO2,
        measuresMethod: o.measures_method,
        houseType: o.house_type ?? o.apartment_type,
        buildYear: o.build_year,
        livingArea: o.inner_surface_area,
        levels: o,
        warnings: o.warnings ?? [],
      },
      resultContext(ctx),
    );
  },
});
