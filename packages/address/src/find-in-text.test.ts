import { describe, expect, it } from 'vitest';
import { addressCandidatesIn } from './find-in-text.ts';

describe('addressCandidatesIn', () => {
  it.each([
    ['wat is Prinsengracht 263 in Amsterdam waard?', ['Prinsengracht 263 Amsterdam', 'Prinsengracht 263']],
    [
      'Kijk even naar Laan van Meerdervoort 12, Den Haag',
      ['Laan van Meerdervoort 12 Den Haag', 'Laan van Meerdervoort 12'],
    ],
    ['what about Damrak 1, 1012LG?', ['Damrak 1 1012LG', 'Damrak 1']],
    ['adres: 1071 aa 28-b graag', ['1071 aa 28-b']],
    ['bag 0363200000218908 please', ['0363200000218908']],
    ['wat is damrak 1 waard', ['damrak 1']],
    ['nothing here at all', []],
    ['I have 3 cats', ['have 3']],
  ])('%s', (text, expected) => {
    expect(addressCandidatesIn(text)).toEqual(expected);
  });

  it('puts a listing link first and reads Slack’s <url|label> wrapping', () => {
    const url = 'https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/';
    expect(addressCandidatesIn(`Mooi! <${url}|funda> wat denk je?`)[0]).toBe(`<${url}|funda>`);
    expect(addressCandidatesIn(`zie ${url}`)).toEqual([url]);
  });

  it('tries a few candidates at most', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Straat ${i + 1}`).join(' en ');
    expect(addressCandidatesIn(text)).toHaveLength(4);
  });
});
