import { envelopeMeasures } from './envelope-measures.ts';
import { installationMeasures } from './installation-measures.ts';
import type { DwellingKind, MeasureDefinition } from './measure-definition.ts';

/** The measure table in reply order, and lookups by key or by the names people type. */

const measureList = [...envelopeMeasures, ...installationMeasures] as const;

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

/** `normaliseWord` without the underscores, so `zeer goed`, `zeer-goed` and `zeergoed` match alike. */
export const collapse = (word: string) => normaliseWord(word).replace(/_/g, '');

/** The measure with exactly this Altum key. */
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
