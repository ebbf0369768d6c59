import { describe, expect, it } from 'vitest';
import { catalogues, markup, translate } from './translate.ts';

describe('message catalogue', () => {
  it('has the same keys in nl and en, none empty', () => {
    expect(Object.keys(catalogues.nl).sort()).toEqual(Object.keys(catalogues.en).sort());
    for (const locale of ['nl', 'en'] as const) {
      for (const [key, text] of Object.entries(catalogues[locale]))
        expect(text.trim(), `${locale}:${key}`).not.toBe('');
    }
  });

  it('uses the same parameters in both languages', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(catalogues.en) as (keyof typeof catalogues.en)[]) {
      expect(params(catalogues.nl[key]), key).toEqual(params(catalogues.en[key]));
    }
  });

  it('fills parameters', () => {
    expect(translate('en', 'result.source', { api: 'AVM' })).toBe('Altum AVM');
  });

  it('chooses singular or plural through Intl.PluralRules', () => {
    expect(translate('nl', 'result.months', { count: 1 })).toBe('1 maand');
    expect(translate('nl', 'result.months', { count: 7 })).toBe('7 maanden');
    expect(translate('en', 'result.months', { count: 1 })).toBe('1 month');
    expect(translate('en', 'credits.total', { credits: '1' })).toBe('1 credit in total.');
    expect(translate('en', 'credits.total', { credits: '2,662' })).toBe('2,662 credits in total.');
  });
});

describe('parameters are data', () => {
  it('cannot close the template’s code span with a backtick of their own', () => {
    const text = translate('en', 'usage.unknownCommand', { command: 'x` <@123> `y' });
    expect(text).toBe('I don’t know the command `x\u02cb <@123> \u02cby`.');
    expect(text.split('`')).toHaveLength(3);
  });

  it('passes our own code spans through when they are marked as markup', () => {
    const text = translate('en', 'usage.measure.word', {
      name: 'wall',
      value: 'goood',
      words: markup('`good`, `poor`'),
    });
    expect(text).toContain('Use a number or one of: `good`, `poor`.');
  });
});
