import { BOTH, lvl, type MeasureDefinition } from './measure-definition.ts';

/** Installation and appliance measures (heating, ventilation, shower, cooling, cooking) and the solar panel count. */
export const installationMeasures = [
  {
    // Codes 1–3 exist on Altum's scale but are never described in the docs [unknown]; sent, they give
    // a € 0 answer that still costs a credit, so input refuses them (isDescribedLevel) and only 4–8
    // (codes 5004–5008) are named. Outputs may still carry them (the energy label v2 baseline).
    // 7 = district heating is [inferred]: heat_usage is only honoured with installation 7.
    key: 'installation',
    label: { en: 'heating installation', nl: 'verwarmingsinstallatie' },
    aliases: ['heating', 'verwarming', 'installatie', 'ketel', 'boiler'],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 8,
    levels: [
      lvl(4, 'hr_combi', 'HR combi boiler', 'HR-combiketel', [
        'cv',
        'cv_ketel',
        'combiketel',
        'hr_ketel',
        'gas_boiler',
      ]),
      lvl(
        5,
        'hr_combi_solar_boiler',
        'HR combi boiler + solar water heater',
        'HR-combiketel met zonneboiler',
        ['zonneboiler', 'solar_boiler', 'solar_water_heater'],
      ),
      lvl(6, 'heat_pump', 'electric air-to-water heat pump', 'elektrische lucht-waterwarmtepomp', [
        'warmtepomp',
        'air_water_heat_pump',
        'lucht_water_warmtepomp',
        'all_electric',
      ]),
      lvl(
        7,
        'district_heating',
        'district heating',
        'stadsverwarming',
        ['warmtenet', 'blokverwarming', 'external_heating'],
        true,
      ),
      lvl(8, 'hybrid_heat_pump', 'hybrid heat pump', 'hybride warmtepomp', ['hybride', 'hybrid']),
    ],
  },
  {
    // 1 = natural ventilation is [inferred]; 2–4 are the documented codes 8002–8004.
    key: 'ventilation',
    label: { en: 'ventilation', nl: 'ventilatie' },
    aliases: ['ventilatie'],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 4,
    levels: [
      lvl(
        1,
        'natural',
        'natural ventilation',
        'natuurlijke ventilatie',
        ['natuurlijk', 'none', 'geen'],
        true,
      ),
      lvl(2, 'mechanical_exhaust', 'mechanical exhaust', 'mechanische afzuiging', [
        'mechanical',
        'mechanisch',
        'afzuiging',
      ]),
      lvl(3, 'balanced_heat_recovery', 'balanced with heat recovery', 'balansventilatie met WTW', [
        'balanced',
        'balans',
        'balansventilatie',
        'wtw',
        'heat_recovery',
      ]),
      lvl(4, 'decentral_balanced', 'decentralised balanced', 'decentrale balansventilatie', [
        'decentral',
        'decentraal',
      ]),
    ],
  },
  {
    // Both meanings are [inferred] from v1's "current shower WTW" and the Delta example going 1 → 2.
    key: 'shower',
    label: { en: 'shower heat recovery', nl: 'douche-WTW' },
    aliases: ['douche', 'douche_wtw', 'shower_wtw'],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 2,
    levels: [
      lvl(1, 'none', 'no shower heat recovery', 'geen douche-WTW', ['no', 'nee', 'geen'], true),
      lvl(2, 'heat_recovery', 'shower heat recovery', 'douche-WTW', ['yes', 'ja', 'wtw', 'present'], true),
    ],
  },
  {
    key: 'cooling',
    label: { en: 'cooling', nl: 'koeling' },
    aliases: ['koeling', 'airco', 'aircon'],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 2,
    levels: [
      lvl(1, 'none', 'no cooling', 'geen koeling', ['no', 'nee', 'geen']),
      lvl(2, 'airco', 'air conditioning', 'airco', ['yes', 'ja', 'air_conditioning', 'ac']),
    ],
  },
  {
    // Documented for houses; for apartments it is listed on the base API and [inferred] for Delta.
    key: 'electric_cooking',
    label: { en: 'cooking', nl: 'koken' },
    aliases: ['cooking', 'koken', 'kookplaat', 'stove'],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 2,
    levels: [
      lvl(1, 'gas', 'gas stove', 'gasfornuis', ['no', 'nee', 'gas_stove', 'gaskookplaat']),
      lvl(2, 'electric', 'electric stove', 'elektrisch koken', [
        'yes',
        'ja',
        'inductie',
        'induction',
        'elektrisch',
      ]),
    ],
  },
  {
    // A count, not a level. Altum's v2 `solar_panels` field is a list of PV arrays; see
    // `solarPanelArrays()` in sustainability-inputs.ts for how a count becomes that list [inferred].
    key: 'solar_panels',
    label: { en: 'solar panels', nl: 'zonnepanelen' },
    aliases: ['solar', 'pv', 'panels', 'zonnepanelen', 'panelen'],
    appliesTo: BOTH,
    kind: 'count',
    min: 0,
    max: 200,
    levels: [],
  },
] as const satisfies readonly MeasureDefinition[];
