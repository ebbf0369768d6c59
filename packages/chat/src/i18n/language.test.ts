import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bram, createHarness, type Harness } from '../../test/runner-harness.ts';
import { toPlainText } from '../reply/plain-text.ts';
import type { Requester } from '../runner/types.ts';
import type { Locale } from './locale.ts';

/**
 * Every reply the registry can produce, read as a person would in each language: no words of the
 * other language, no count with the wrong plural, no raw Altum codes. One command line per command
 * and subcommand, plus the usage errors people make.
 */
const HOUSE = '1071AA 28B';
const lines = (locale: Locale): string[] => {
  const nl = locale === 'nl';
  return [
    nl ? 'hulp' : 'help',
    ...['waarde', 'woz', 'label', 'advies', 'watals', 'referenties', 'instellingen', 'sleutel'].map((c) =>
      nl ? `hulp ${c}` : `help ${c}`,
    ),
    `value ${HOUSE}`,
    `valueplus ${HOUSE}`,
    `woz ${HOUSE}`,
    `label ${HOUSE}`,
    `advice ${HOUSE}`,
    `advice ${HOUSE} target=B`,
    nl ? `watals ${HOUSE} gevel=goed zonnepanelen=8` : `delta ${HOUSE} wall=good solar=8`,
    `delta ${HOUSE}`,
    'delta 1312CD 5 wall=moderate',
    `comparables ${HOUSE}`,
    `transactions ${HOUSE}`,
    `listing ${HOUSE}`,
    `features ${HOUSE}`,
    'subsidies 1071AA',
    `rebuild ${HOUSE}`,
    'credits 24',
    nl ? 'sleutel status' : 'key status',
    nl ? 'gebruik' : 'usage',
    nl ? 'instellingen' : 'settings',
    nl ? 'instellingen taal nl' : 'settings language en',
    // Mistakes: missing house number, a misspelt level, an unknown command, an unknown address.
    'value 1071AA',
    nl ? `watals ${HOUSE} gevel=goedd` : `delta ${HOUSE} wall=goood`,
    'waardee 1071AA 28B',
    'value 9999ZZ 1',
  ];
};

/** Words that give away the other language (whole words, case-insensitive). */
const ENGLISH = [
  'the',
  'and',
  'with',
  'value',
  'valuation',
  'none',
  'moderate',
  'good',
  'very',
  'language',
  'visibility',
  'settings',
  'house',
  'roof',
  'slanted',
  'flat',
  'loans',
  'national',
  'province',
  'municipality',
  'other',
  'usage',
  'address',
  'measures',
  'level',
  'terraced',
  'detached',
];
const DUTCH = [
  // Not `de`/`en`: street names (De Lairessestraat) and language codes are data, not prose.
  'het',
  'een',
  'met',
  'waarde',
  'geen',
  'matig',
  'goed',
  'zeer',
  'taal',
  'woning',
  'tussenwoning',
  'vrijstaande',
  'herenhuis',
  'hoekwoning',
  'leningen',
  'overig',
  'gevel',
  'glas',
  'instellingen',
  'zichtbaarheid',
  'maatregelen',
  'adres',
  'eengezinswoning',
  'rijwoning',
  'landelijk',
];

/** Counts of one with a plural noun, e.g. `1 credits`, `1 maatregelen`. */
const UNPLURALISED: Record<Locale, RegExp> = {
  nl: /(?<![\d.,])1 (credits|maatregelen|transacties|regelingen|woningen|jaren|maanden|adressen|aanroepen|panelen)\b/i,
  en: /(?<![\d.,])1 (credits|measures|transactions|schemes|homes|years|months|addresses|calls|panels)\b/i,
};

/** Raw Altum codes and field names: snake_case words, bare level numbers, shouting codes. */
const RAW_CODE = /\b[a-z]+_[a-z_]+\b|\blevel \d\b|\bniveau \d\b|\b(?:NEN|NTA)\d{4}\b(?!.*geldig|.*valid)/;

/** Text a person reads: backticked examples and URLs are commands and links, not prose. */
function prose(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S+\.png\b/g, ' ')
    .replace(/\bref [A-Z0-9]+\b/g, ' ');
}

const wordsIn = (text: string) =>
  new Set(
    prose(text)
      .toLowerCase()
      .split(/[^\p{L}+]+/u)
      .filter(Boolean),
  );

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ deploymentKey: true });
});
afterAll(() => h[Symbol.asyncDispose]());

describe.each(['nl', 'en'] as const)('every reply in %s', (locale) => {
  const requester: Requester = { ...bram, userId: `U-LANG-${locale}`, locale };
  const foreign = locale === 'nl' ? ENGLISH : DUTCH;

  it.each(lines(locale))('%s', { timeout: 30_000 }, async (line) => {
    const reply = await h.runner.run(requester, { kind: 'text', text: line });
    const text = toPlainText(reply, { locale });
    const words = wordsIn(text);
    const found = foreign.filter((word) => words.has(word));
    expect(found, `${line}:\n${text}`).toEqual([]);
    expect(text, line).not.toMatch(UNPLURALISED[locale]);
    expect(prose(text), line).not.toMatch(RAW_CODE);
  });
});
