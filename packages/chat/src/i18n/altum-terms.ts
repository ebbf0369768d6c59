import type { Locale } from './locale.ts';

/**
 * The one table of words Altum returns as codes or in one language (house and building types, roof
 * types, garden, monument and building status, subsidy groups, sources), in both reply languages.
 * Keys are matched case-insensitively and with spaces, dashes and slashes alike; a value that is
 * not in the table is shown as Altum sent it.
 */
const TERMS: readonly (readonly [en: string, nl: string, ...altum: string[]])[] = [
  // House types (/avm's documented list, the energy label's and the sustainability building's).
  ['terraced house', 'tussenwoning', 'Tussen/rijwoning', 'Tussenwoning', 'rijwoning', 'terraced'],
  ['corner house', 'hoekwoning', 'Hoekwoning', 'corner'],
  ['end-of-terrace house', 'eindwoning', 'Eindwoning'],
  [
    'semi-detached house',
    'twee-onder-een-kapwoning',
    '2 onder 1 kap woning',
    '2-onder-1-kap',
    '2-onder-1-kapwoning',
    'semi-detached',
  ],
  ['linked semi-detached house', 'geschakelde twee-onder-een-kapwoning', 'Geschakelde 2 onder 1 kapwoning'],
  ['linked house', 'geschakelde woning', 'Geschakelde woning'],
  ['detached house', 'vrijstaande woning', 'Vrijstaande woning', 'Vrijstaand', 'detached'],
  ['town house', 'herenhuis', 'Herenhuis'],
  ['gallery flat', 'galerijflat', 'Galerijflat'],
  ['walk-up flat', 'portiekflat', 'Portiekflat'],
  ['walk-up apartment', 'portiekwoning', 'Portiekwoning'],
  ['corridor flat', 'corridorflat', 'Corridorflat'],
  ['maisonette', 'maisonnette', 'Maisonnette'],
  ['ground-floor apartment', 'benedenwoning', 'Benedenwoning'],
  ['upper-floor apartment', 'bovenwoning', 'Bovenwoning'],
  ['apartment', 'appartement', 'Appartement'],
  ['house', 'huis', 'Huis'],
  ['town house, terraced', 'herenhuis, tussenwoning', 'Herenhuis, tussenwoning'],
  ['single-family home, terraced', 'eengezinswoning, tussenwoning', 'Eengezinswoning, tussenwoning'],
  ['single-family home, corner', 'eengezinswoning, hoekwoning', 'Eengezinswoning, hoekwoning'],
  [
    'single-family home, semi-detached',
    'eengezinswoning, twee-onder-een-kap',
    'Eengezinswoning, 2-onder-1-kap',
  ],
  ['single-family home, detached', 'eengezinswoning, vrijstaand', 'Eengezinswoning, vrijstaand'],
  ['apartment, walk-up flat', 'appartement, portiekflat', 'Appartement, portiekflat'],
  ['single-family home', 'eengezinswoning', 'Eengezinswoning'],
  ['multi-family building', 'meergezinswoning', 'Meergezinswoning'],
  ['residential', 'woonfunctie', 'woonfunctie'],
  // Roof types (/rebuild) and roof orientation.
  ['sloped', 'schuin', 'slanted', 'sloped', 'pitched'],
  ['flat', 'plat', 'flat'],
  ['mixed', 'deels schuin, deels plat', 'mixed'],
  // Garden, monument and building status (/v2/objectdata).
  ['back garden', 'achtertuin', 'Achtertuin'],
  ['front garden', 'voortuin', 'Voortuin'],
  ['garden all round', 'tuin rondom', 'Tuin rondom'],
  ['no monument / unknown', 'geen monument / onbekend', 'Geen monument / Onbekend'],
  ['no monument', 'geen monument', 'Geen monument'],
  ['national monument', 'rijksmonument', 'Rijksmonument'],
  ['municipal monument', 'gemeentelijk monument', 'Gemeentelijk monument'],
  ['building in use', 'pand in gebruik', 'Pand in gebruik'],
  ['for sale', 'te koop', 'Te koop'],
  ['sold', 'verkocht', 'Sold', 'Verkocht'],
  // Subsidy groups (/subsidy) beyond national, province and municipality.
  ['loans', 'leningen', 'loans'],
  ['grants', 'subsidies', 'grants'],
  ['other', 'overig', 'other'],
];

const fold = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s\-_/]+/g, ' ');

const byAltumWord = new Map<string, { readonly en: string; readonly nl: string }>();
for (const [en, nl, ...altum] of TERMS) {
  for (const word of [en, nl, ...altum])
    if (!byAltumWord.has(fold(word))) byAltumWord.set(fold(word), { en, nl });
}

/** Altum's word or code in the reader's language, capitalised as Altum wrote it; unknown values unchanged. */
export function altumTerm(value: string, locale: Locale): string;
export function altumTerm(value: string | undefined, locale: Locale): string | undefined;
export function altumTerm(value: string | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  const term = byAltumWord.get(fold(value))?.[locale];
  if (!term) return value;
  const capital = /^\p{Lu}/u.test(value.trim());
  return capital ? term.charAt(0).toUpperCase() + term.slice(1) : term;
}

/** Whether the table knows this word (for tests that look for raw codes). */
export function isKnownAltumTerm(value: string): boolean {
  return byAltumWord.has(fold(value));
}
