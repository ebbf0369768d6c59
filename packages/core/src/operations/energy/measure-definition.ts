import type { Localized } from '../define-operation.ts';

/** The shape of one measure of the v2 sustainability family and of the integer levels it accepts. */

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

/** One level of a measure scale; `inferred` marks a meaning we inferred rather than read in the docs. */
export const lvl = (
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

/** Most measures apply to houses and apartments alike. */
export const BOTH: readonly DwellingKind[] = ['house', 'apartment'];
