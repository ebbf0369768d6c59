import type { Localized } from '../define-operation.ts';

/**
 * The measure vocabulary of the v2 sustainability family (advice, Delta, energy label v2): which
 * measure fields exist, which integer levels Altum accepts, and a machine word plus en/nl label per
 * level, so chat can turn `wall_insulation=good` or `gevelisolatie=goed` into `target_wall_insulation: 3`.
 *
 * Levels 2–4 of the insulation, glazing and ventilation scales come from Altum's exclude-measure codes
 * (e.g. 1003 = wall insulation "Goed"); level 1 of those scales is never named in the docs and is
 * marked [inferred]. See docs/altum-api/energy.md and
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2/exclude-measures
 */

export type DwellingKind = 'house' | 'apartment';

export interface MeasureLevel {
  readonly level: number;
  /** Stable snake_case word used in chat arguments and replies (`very_good`, `hr_plus_plus`). */
  readonly word: string;
  readonly label: Localized;
  /** Extra words people type for this level (Dutch and English, any case; dashes and spaces are ignored). */
  readonly synonyms: readonly string[];
  /** True when the meaning of this level is our inference rather than Altum's documentation. */
  readonly inferred?: boolean;
}

export interface MeasureDefinition {
  /** Altum's field name for the current situation; the Delta target field is `target_<key>`. */
  readonly key: string;
  readonly label: Localized;
  /** Other names people use for the measure itself (`gevelisolatie`, `glas_woonkamer`). */
  readonly aliases: readonly string[];
  readonly appliesTo: readonly DwellingKind[];
  /** `level`: an integer code from `levels`; `count`: a plain number of items (solar panels). */
  readonly kind: 'level' | 'count';
  /** Lowest and highest integer Altum accepts; the scale may include codes without a known meaning. */
  readonly min: number;
  readonly max: number;
  readonly levels: readonly MeasureLevel[];
}

const lvl = (
  level: number,
  word: string,
  en: string,
  nl: string,
  synonyms: readonly string[] = [],
  inferred = false,
): MeasureLevel =>
  inferred
    ? { level, word, label: { en, nl }, synonyms, inferred }
    : { level, word, label: { en, nl }, synonyms };

const BOTH: readonly DwellingKind[] = ['house', 'apartment'];

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

const measureList = [
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
  {
    // Codes 1–3 exist on Altum's scale but are never described in the docs [unknown]; we accept them
    // as numbers (the energy label v2 baseline may return them) and name only 4–8 (codes 5004–5008).
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

/** Every measure field of the v2 sustainability family, in the order replies list them. */
export const measures: readonly MeasureDefinition[] = measureList;

export type MeasureKey = (typeof measureList)[number]['key'];

/** Measures that describe an integer level (everything except the solar panel count). */
export type LevelMeasureKey = Exclude<MeasureKey, 'solar_panels'>;

export const measureKeys = measureList.map((m) => m.key) as readonly MeasureKey[];

/** Measures Altum accepts for houses or for apartments. */
export function measuresFor(kind: DwellingKind): readonly MeasureDefinition[] {
  return measures.filter((m) => m.appliesTo.includes(kind));
}

/** Lower-case, and treat spaces, dashes and underscores alike: `Zeer-Goed` → `zeer_goed`. */
export function normaliseWord(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s\-_]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const collapse = (word: string) => normaliseWord(word).replace(/_/g, '');

export function getMeasure(key: string): MeasureDefinition | undefined {
  return measures.find((m) => m.key === key);
}

/** Finds a measure by its Altum key, a `target_` key, or an en/nl alias (`gevel`, `glas`). */
export function findMeasure(name: string): MeasureDefinition | undefined {
  const wanted = collapse(name.replace(/^target[\s\-_]+/i, ''));
  return measures.find(
    (m) =>
      collapse(m.key) === wanted ||
      collapse(m.label.en) === wanted ||
      collapse(m.label.nl) === wanted ||
      m.aliases.some((alias) => collapse(alias) === wanted),
  );
}

export type MeasureLevelResult =
  | { readonly ok: true; readonly measure: MeasureDefinition; readonly level: number; readonly word?: string }
  | {
      readonly ok: false;
      readonly reason: 'unknown_measure' | 'unknown_word' | 'out_of_range';
      /** Words the caller may offer instead (`none`, `moderate`, `good`, `very_good`), empty for counts. */
      readonly validWords: readonly string[];
      /** The closest valid word when the input looks like a typo of one (`goood` → `good`). */
      readonly suggestion?: string;
      readonly min?: number;
      readonly max?: number;
    };

const NONE_WORDS = new Set(['none', 'geen', 'no', 'nee', 'zero', 'nul']);

/**
 * Resolves what a person typed for a measure (`good`, `Goed`, `zeer-goed`, `3`, `HR++`) to Altum's
 * integer level; for `solar_panels` the number of panels. On failure it says why and which words work.
 */
export function resolveMeasureLevel(measureName: string, raw: string): MeasureLevelResult {
  const measure = findMeasure(measureName);
  if (!measure) {
    return { ok: false, reason: 'unknown_measure', validWords: measures.map((m) => m.key) };
  }
  const validWords = measure.levels.map((l) => l.word);
  const range = { min: measure.min, max: measure.max };
  const text = raw.trim();
  if (/^[+-]?\d+$/.test(text)) {
    const value = Number(text);
    if (value < measure.min || value > measure.max) {
      return { ok: false, reason: 'out_of_range', validWords, ...range };
    }
    const known = measure.levels.find((l) => l.level === value);
    return known
      ? { ok: true, measure, level: value, word: known.word }
      : { ok: true, measure, level: value };
  }
  const wanted = collapse(text);
  if (measure.kind === 'count') {
    if (NONE_WORDS.has(wanted)) return { ok: true, measure, level: 0 };
    return { ok: false, reason: 'unknown_word', validWords, ...range };
  }
  const match = measure.levels.find((l) =>
    [l.word, l.label.en, l.label.nl, ...l.synonyms].some((candidate) => collapse(candidate) === wanted),
  );
  if (match) return { ok: true, measure, level: match.level, word: match.word };
  const suggestion = closestWord(wanted, validWords);
  return suggestion === undefined
    ? { ok: false, reason: 'unknown_word', validWords, ...range }
    : { ok: false, reason: 'unknown_word', validWords, suggestion, ...range };
}

/** The valid word within edit distance 2 of what was typed, if any. */
function closestWord(typed: string, words: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const word of words) {
    const distance = editDistance(typed, collapse(word));
    if (distance <= 2 && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Human-readable list of a measure's levels for usage messages: `1 none, 2 moderate, 3 good, 4 very_good`. */
export function describeLevels(measure: MeasureDefinition): string {
  if (measure.kind === 'count') return `a number of panels from ${measure.min} to ${measure.max}`;
  return measure.levels.map((l) => `${l.level} ${l.word}`).join(', ');
}
