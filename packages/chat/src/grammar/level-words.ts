import { findMeasure } from '@altum-chat/core';
import { editDistance } from './edit-distance.ts';

/** A level word as people type it: `zeer goed` → `zeer-goed`, `HR++ glas` → `hr++-glas`. */
const typed = (label: string) => label.toLowerCase().replace(/\s+/g, '-');

/**
 * The level words of a measure in the vocabulary the user typed in, for a correction: `gevel=goedd`
 * gets the Dutch words and `goed`, `wall=goood` the English words and `good`. The vocabulary whose
 * nearest word is closest to what was typed wins; on a tie, the language of the measure name.
 */
export function levelWordsLike(
  name: string,
  value: string,
): { readonly words: readonly string[]; readonly suggestion?: string } | undefined {
  const measure = findMeasure(name);
  if (!measure || measure.levels.length === 0) return undefined;
  const vocabularies = {
    en: measure.levels.map((l) => l.word),
    nl: measure.levels.map((l) => typed(l.label.nl)),
  };
  const wanted = value.trim().toLowerCase();
  const nearest = (words: readonly string[]) =>
    words
      .map((word) => ({ word, distance: editDistance(wanted, word) }))
      .sort((a, b) => a.distance - b.distance)[0];
  const en = nearest(vocabularies.en);
  const nl = nearest(vocabularies.nl);
  const fold = (text: string) => text.toLowerCase().replace(/[\s\-_]+/g, '');
  const nameIsEnglish = fold(name) === fold(measure.key) || fold(name) === fold(measure.label.en);
  const useNl =
    (nl?.distance ?? 99) < (en?.distance ?? 99) ||
    ((nl?.distance ?? 99) === (en?.distance ?? 99) && !nameIsEnglish);
  const best = useNl ? nl : en;
  const words = useNl ? vocabularies.nl : vocabularies.en;
  return best && best.distance <= 2 ? { words, suggestion: best.word } : { words };
}
