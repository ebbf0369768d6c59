import { describe, expect, it } from 'vitest';
import { footerLine, footerParts } from './footer-parts.ts';

const footer = {
  source: 'Altum AVM',
  credits: 1,
  cacheHit: true,
  keyScope: 'personal key …WXYZ',
  demo: true,
  reference: 'AB12CD34',
};

describe('footerParts, the one footer every renderer joins', () => {
  it('has one order and one wording, in English and Dutch', () => {
    expect(footerParts(footer, 'en').map((p) => p.kind)).toEqual([
      'source',
      'credits',
      'cache',
      'key',
      'demo',
      'reference',
    ]);
    expect(footerLine(footer, 'en')).toBe(
      'Altum AVM · 1 credit · from cache · personal key …WXYZ · demo data · ref AB12CD34',
    );
    expect(footerLine({ ...footer, credits: 3 }, 'nl')).toBe(
      'Altum AVM · 3 credits · uit cache · personal key …WXYZ · demogegevens · ref AB12CD34',
    );
  });

  it('leaves out what the footer does not say, and is empty without one', () => {
    expect(footerParts({ reference: 'R1' }, 'en')).toEqual([{ kind: 'reference', text: 'ref R1' }]);
    expect(footerParts({ credits: 0, cacheHit: false }, 'en').map((p) => p.text)).toEqual(['0 credits']);
    expect(footerParts(undefined, 'nl')).toEqual([]);
  });
});
