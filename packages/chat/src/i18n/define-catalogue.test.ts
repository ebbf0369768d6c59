import { describe, expect, it } from 'vitest';
import { defineCatalogue } from './define-catalogue.ts';
import { translate } from './translate.ts';

describe('defineCatalogue, the helper the apps use for their own strings', () => {
  const { text } = defineCatalogue(
    { saved: 'Saved {count|# row|# rows} for {who}', plain: 'Cancel' },
    { saved: '{count|# rij|# rijen} opgeslagen voor {who}', plain: 'Annuleren' },
  );

  it('looks up the language asked for and fills parameters and plural forms like chat does', () => {
    expect(text('en', 'saved', { count: 1, who: 'Ann' })).toBe('Saved 1 row for Ann');
    expect(text('en', 'saved', { count: 3, who: 'Ann' })).toBe('Saved 3 rows for Ann');
    expect(text('nl', 'saved', { count: 3, who: 'Ann' })).toBe('3 rijen opgeslagen voor Ann');
    expect(text('nl', 'plain')).toBe('Annuleren');
  });

  it('leaves an unknown parameter visible instead of dropping it', () => {
    expect(text('en', 'saved', { count: 2 })).toBe('Saved 2 rows for {who}');
  });

  it('is the same filling as the chat catalogue', () => {
    expect(translate('en', 'footer.credits', { count: 1 })).toMatch(/^1 credit\b/);
    expect(translate('en', 'footer.credits', { count: 2 })).toMatch(/^2 credits\b/);
  });
});
