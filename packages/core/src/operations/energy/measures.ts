/**
 * The measure vocabulary of the v2 sustainability family (advice, Delta, energy label v2): which
 * measure fields exist, which integer levels Altum accepts, and a machine word plus en/nl label per
 * level, so chat can turn `wall_insulation=good` or `gevelisolatie=goed` into `target_wall_insulation: 3`.
 *
 * Levels 2–4 of the insulation, glazing and ventilation scales come from Altum's exclude-measure codes
 * (e.g. 1003 = wall insulation "Goed"); level 1 of those scales is never named in the docs and is
 * marked [inferred]. See docs/altum-api/energy.md and
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2/exclude-measures
 *
 * This module is the public face of the vocabulary: the data lives in measure-definition.ts,
 * envelope-measures.ts and installation-measures.ts, lookups in measure-table.ts and the resolution of
 * typed words in resolve-measure-level.ts.
 */

export type { DwellingKind, MeasureDefinition, MeasureLevel } from './measure-definition.ts';
export type { LevelMeasureKey, MeasureKey } from './measure-table.ts';
export {
  findMeasure,
  getMeasure,
  measureKeys,
  measures,
  measuresFor,
  normaliseWord,
} from './measure-table.ts';
export type { MeasureLevelResult } from './resolve-measure-level.ts';
export { describeLevels, isDescribedLevel, resolveMeasureLevel } from './resolve-measure-level.ts';
