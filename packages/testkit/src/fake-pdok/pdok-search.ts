import type { PdokDocument } from './pdok-documents.ts';

/** Lower case, no diacritics, punctuation as spaces. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokensOf(doc: PdokDocument): string[] {
  const text = [doc.weergavenaam, doc.postcode, doc.gemeentenaam, doc.huis_nlt].filter(Boolean).join(' ');
  const tokens = fold(String(text)).split(' ');
  // A postcode is searchable whole (`1012lg`) and in halves (`1012 lg`), as people type it.
  return [...tokens, ...(typeof doc.postcode === 'string' ? [fold(doc.postcode).replace(' ', '')] : [])];
}

/** `fq=field:value`; quoted values and a trailing `*` are understood, nothing else of Solr is. */
export function filterMatches(doc: PdokDocument, filter: string): boolean {
  const at = filter.indexOf(':');
  if (at <= 0) return false;
  const field = filter.slice(0, at).trim();
  const raw = filter
    .slice(at + 1)
    .trim()
    .replace(/^"(.*)"$/, '$1');
  const value = doc[field];
  if (value === undefined) return false;
  const have = String(value).toLowerCase();
  const want = raw.toLowerCase();
  return want.endsWith('*') ? have.startsWith(want.slice(0, -1)) : have === want;
}

/**
 * A small stand-in for Solr scoring: one point per query word found in the document (a prefix is
 * enough for words, numbers must be equal), so `Damrak 1 Amsterdam` ranks Damrak 1 first.
 * `all` (the suggest behaviour) keeps only documents that match every word.
 */
export function score(doc: PdokDocument, q: string, all: boolean): number {
  const words = fold(q).split(' ').filter(Boolean);
  if (words.length === 0) return 1;
  const tokens = tokensOf(doc);
  let points = 0;
  for (const word of words) {
    const hit = /^\d+$/.test(word) ? tokens.includes(word) : tokens.some((t) => t.startsWith(word));
    if (hit) points++;
    else if (all) return 0;
  }
  return points;
}

/** `fl=id weergavenaam score` (space or comma separated; `*` for everything). */
export function project(doc: PdokDocument, fl: readonly string[], points: number): PdokDocument {
  if (fl.includes('*')) return { ...doc, score: points };
  const out: Record<string, string | number> = {};
  for (const field of fl) {
    if (field === 'score') out.score = points;
    else if (doc[field] !== undefined) out[field] = doc[field] as string | number;
  }
  return out;
}
