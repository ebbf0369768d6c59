import type { MeasureDefinition } from './measure-definition.ts';
import { collapse, findMeasure, measures } from './measure-table.ts';

/** Turning what a person typed for a measure into Altum's level, with a suggestion when it is a near miss. */

export type MeasureLevelResult =
  | { readonly ok: true; readonly measure: MeasureDefinition; readonly level: number; readonly word?: string }
  | {
      readonly ok: false;
      /** `undescribed_level`: inside the scale, but a code the docs give no meaning (installation 1–3). */
      readonly reason: 'unknown_measure' | 'unknown_word' | 'out_of_range' | 'undescribed_level';
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
    if (measure.kind === 'count') return { ok: true, measure, level: value };
    const known = measure.levels.find((l) => l.level === value);
    // Altum answers an undescribed code with a € 0 result and still charges for it: refuse it here.
    if (!known) return { ok: false, reason: 'undescribed_level', validWords, ...range };
    return { ok: true, measure, level: value, word: known.word };
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

/**
 * Whether Altum's docs describe `value` for this measure: one of its named levels, or for a count
 * a whole number within the range. The one rule behind chat parsing, menus and the input schemas.
 */
export function isDescribedLevel(measure: MeasureDefinition, value: number): boolean {
  if (!Number.isInteger(value) || value < measure.min || value > measure.max) return false;
  return measure.kind === 'count' || measure.levels.some((l) => l.level === value);
}

/** Human-readable list of a measure's levels for usage messages: `1 none, 2 moderate, 3 good, 4 very_good`. */
export function describeLevels(measure: MeasureDefinition): string {
  if (measure.kind === 'count') return `a number of panels from ${measure.min} to ${measure.max}`;
  return measure.levels.map((l) => `${l.level} ${l.word}`).join(', ');
}
