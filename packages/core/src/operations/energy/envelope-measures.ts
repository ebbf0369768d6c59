import { BOTH, lvl, type MeasureDefinition } from './measure-definition.ts';

/**
 * Insulation and glazing measures (the building envelope). Levels 2–4 of these scales come from
 * Altum's exclude-measure codes (e.g. 1003 = wall insulation "Goed"); level 1 is never named in the
 * docs and is marked [inferred].
 */

/** Level 1 = none is [inferred]: the docs only name 2–4 (Matig/Goed/Zeer goed) via exclude codes x002–x004. */
const insulationLevels = [
  lvl(1, 'none', 'none', 'geen', ['no', 'nee', 'geen_isolatie', 'uninsulated', 'ongeisoleerd'], true),
  lvl(2, 'moderate', 'moderate', 'matig', ['fair', 'basic', 'redelijk']),
  lvl(3, 'good', 'good', 'goed'),
  lvl(4, 'very_good', 'very good', 'zeer goed', ['excellent', 'best', 'uitstekend', 'heel_goed']),
] as const;

/** Level 1 = single glazing is [inferred]; 2–4 are the documented codes x102–x104 / 4002–4004. */
const glazingLevels = [
  lvl(1, 'single', 'single glazing', 'enkel glas', ['enkel', 'enkelglas', 'single_glass'], true),
  lvl(2, 'double', 'double glazing', 'dubbel glas', ['dubbel', 'dubbelglas', 'double_glass']),
  lvl(3, 'hr_plus_plus', 'HR++ glazing', 'HR++ glas', ['hr++', 'hrpp', 'hr', 'hr_glas', 'hr++glas']),
  lvl(4, 'triple', 'triple glazing', 'drievoudig glas', ['drievoudig', 'triple_glass', 'hr+++', 'trippel']),
] as const;

export const envelopeMeasures = [
  {
    key: 'wall_insulation',
    label: { en: 'wall insulation', nl: 'gevelisolatie' },
    aliases: ['wall', 'walls', 'gevel', 'muur', 'muurisolatie', 'spouwmuur', 'spouwmuurisolatie'],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 4,
    levels: insulationLevels,
  },
  {
    key: 'floor_insulation',
    label: { en: 'floor insulation', nl: 'vloerisolatie' },
    aliases: ['floor', 'vloer'],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 4,
    levels: insulationLevels,
  },
  {
    // Apartments: one doc version uses the single roof_insulation, another sloped/flat as for houses.
    key: 'sloped_roof_insulation',
    label: { en: 'sloped roof insulation', nl: 'isolatie hellend dak' },
    aliases: ['sloped_roof', 'pitched_roof', 'hellend_dak', 'schuin_dak', 'dakisolatie_hellend'],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 4,
    levels: insulationLevels,
  },
  {
    key: 'flat_roof_insulation',
    label: { en: 'flat roof insulation', nl: 'isolatie plat dak' },
    aliases: ['flat_roof', 'plat_dak', 'dakisolatie_plat'],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 4,
    levels: insulationLevels,
  },
  {
    key: 'roof_insulation',
    label: { en: 'roof insulation', nl: 'dakisolatie' },
    aliases: ['roof', 'dak'],
    appliesTo: ['apartment'],
    kind: 'level',
    min: 1,
    max: 4,
    levels: insulationLevels,
  },
  {
    key: 'living_room_windows',
    label: { en: 'living room glazing', nl: 'glas woonkamer' },
    aliases: [
      'living_room',
      'windows',
      'glazing',
      'woonkamer',
      'glas',
      'ramen',
      'beglazing',
      'glas_woonkamer',
    ],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 4,
    levels: glazingLevels,
  },
  {
    key: 'bedroom_windows',
    label: { en: 'bedroom glazing', nl: 'glas slaapkamers' },
    aliases: ['bedroom', 'bedrooms', 'slaapkamer', 'slaapkamers', 'glas_slaapkamer', 'glas_slaapkamers'],
    appliesTo: BOTH,
    kind: 'level',
    min: 1,
    max: 4,
    levels: glazingLevels,
  },
] as const satisfies readonly MeasureDefinition[];
