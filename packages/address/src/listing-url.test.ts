import { describe, expect, it } from 'vitest';
import { looksLikeUrl, readListingUrl } from './listing-url.ts';

describe('readListingUrl', () => {
  it.each([
    [
      'https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/',
      { words: ['damrak', 'amsterdam'], housenumber: 1 },
    ],
    [
      'https://www.funda.nl/detail/koop/amsterdam/appartement-prinsengracht-263-h/43636367/',
      { words: ['prinsengracht', 'amsterdam'], housenumber: 263, suffix: 'H' },
    ],
    [
      'https://www.funda.nl/koop/verkocht/tiel/huis-42352883-dr-schaepmanstraat-47/',
      { words: ['dr', 'schaepmanstraat', 'tiel'], housenumber: 47 },
    ],
    [
      'funda.nl/en/detail/huur/den-haag/appartement-binnenhof-1-a/89012345/',
      { words: ['binnenhof', 'den', 'haag'], housenumber: 1, suffix: 'A' },
    ],
  ])('funda: %s', (url, query) => {
    expect(readListingUrl(url)).toEqual({ ok: true, site: 'funda', query });
  });

  it('pararius: the street and city, asking for the number the link leaves out', () => {
    expect(
      readListingUrl('https://www.pararius.nl/appartement-te-huur/amsterdam/5e5b0bd4/prinsengracht'),
    ).toEqual({
      ok: false,
      reason: 'no_number',
      site: 'pararius',
      understood: 'Prinsengracht, Amsterdam',
    });
    expect(readListingUrl('https://www.pararius.com/apartment-for-rent/amsterdam/5e5b0bd4/damrak-1')).toEqual(
      {
        ok: true,
        site: 'pararius',
        query: { words: ['damrak', 'amsterdam'], housenumber: 1 },
      },
    );
  });

  it('jaap and huispedia: postcode and number from the path', () => {
    expect(
      readListingUrl(
        'https://www.jaap.nl/koophuizen/noord+holland/groot-amsterdam/amsterdam/1012lg/damrak+1/12345678/overzicht',
      ),
    ).toEqual({
      ok: true,
      site: 'jaap',
      query: { words: ['damrak', 'amsterdam'], housenumber: 1, postcode: '1012LG' },
    });
    expect(readListingUrl('https://huispedia.nl/amsterdam/1016gv/prinsengracht/263-h')).toEqual({
      ok: true,
      site: 'huispedia',
      query: { words: ['prinsengracht', 'amsterdam'], housenumber: 263, suffix: 'H', postcode: '1016GV' },
    });
  });

  it('accepts Slack link wrapping and refuses other sites', () => {
    expect(
      readListingUrl('<https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/|funda>'),
    ).toMatchObject({
      ok: true,
    });
    expect(
      readListingUrl('https://www.funda.nl.evil.example/detail/koop/amsterdam/appartement-damrak-1/1/'),
    ).toEqual({
      ok: false,
      reason: 'unsupported_url',
    });
    expect(readListingUrl('https://www.funda.nl/')).toEqual({
      ok: false,
      reason: 'unsupported_url',
      site: 'funda',
    });
    expect(readListingUrl('Damrak 1')).toBeUndefined();
  });

  it('knows a link from a word', () => {
    expect(looksLikeUrl('https://a.b/c')).toBe(true);
    expect(looksLikeUrl('www.funda.nl')).toBe(true);
    expect(looksLikeUrl('funda.nl/detail/x')).toBe(true);
    expect(looksLikeUrl('Damrak')).toBe(false);
    expect(looksLikeUrl('a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0')).toBe(false);
  });
});
