import { describe, expect, it } from 'vitest';
import { autosuggestFixture } from '../../../../testkit/src/fixtures/market/search.ts';
import { autosuggest } from './autosuggest.ts';

describe('autosuggest', () => {
  it('needs search text and sends fuzzy as 1', () => {
    expect(autosuggest.input.parse({ search: ' 1071AA 28 ', fuzzy: true })).toEqual({
      search: '1071AA 28',
      fuzzy: 1,
    });
    expect(autosuggest.input.safeParse({ search: '  ' }).error?.issues[0]?.message).toContain(
      'at least 1 character',
    );
  });

  const westdorpe = {
    postcode: '4554LB',
    housenumber: 119,
    houseletter: 'b',
    street: 'Graafjansdijk B',
    city: 'Westdorpe',
    bagId: '0715010000037469',
    display: 'Graafjansdijk B 119b, 4554LB Westdorpe',
  };

  it('maps the current English shape onto one typed suggestion', () => {
    expect(autosuggest.output.parse(autosuggestFixture.variants[0])).toEqual([
      { ...westdorpe, province: 'Zeeland' },
    ]);
    const [first, second] = autosuggest.output.parse(autosuggestFixture.response);
    expect(first).toMatchObject({ housenumber: 2, display: 'Hobbemastraat 2, 1071AA Amsterdam' });
    expect(first).not.toHaveProperty('houseletter');
    expect(second).toMatchObject({ houseletter: 'H', display: 'Hobbemastraat 20H, 1071AA Amsterdam' });
  });

  it('maps the older Dutch BAG-named shape onto the same suggestion', () => {
    expect(autosuggest.output.parse(autosuggestFixture.variants[1])).toEqual([westdorpe]);
  });

  it('reads postcode, number, letter and addition out of houseaddress when that is all there is', () => {
    expect(autosuggest.output.parse(autosuggestFixture.variants[2])).toEqual([
      { postcode: '1017CE', housenumber: 101, houseletter: 'A', addition: '02', display: '101A-02, 1017CE' },
    ]);
  });

  it('splits letter and addition as the docs combine them, and keeps plain-text suggestions', () => {
    const parse = (houseaddition: string) =>
      autosuggest.output.parse([{ postcode: '1234AB', housenumber: 5, houseaddition }])[0];
    expect(parse('A02')).toMatchObject({ houseletter: 'A', addition: '02' });
    expect(parse('2B')).toMatchObject({ addition: '2B' });
    expect(parse('2B')).not.toHaveProperty('houseletter');
    expect(parse('HS')).toMatchObject({ addition: 'HS' });
    expect(autosuggest.output.parse(autosuggestFixture.variants[3])).toEqual([
      { postcode: '1071AA', display: 'Hobbemastraat 2, 1071AA Amsterdam' },
      { postcode: '1071AA', display: 'Hobbemastraat 20-H, 1071AA Amsterdam' },
    ]);
  });

  it('fails a body that is not a list', () => {
    expect(autosuggest.output.safeParse({ postcode: '1071AA' }).success).toBe(false);
  });
});
