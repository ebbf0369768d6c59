import { describe, expect, it } from 'vitest';
import { contentsvalueFixture } from '../../../../testkit/src/fixtures/market/contentsvalue.ts';
import { openapiFixture } from '../../../../testkit/src/fixtures/market/openapi.ts';
import { rebuildFixture } from '../../../../testkit/src/fixtures/market/rebuild.ts';
import { rentalreferenceFixture } from '../../../../testkit/src/fixtures/market/rentalreference.ts';
import { autosearchFixture } from '../../../../testkit/src/fixtures/market/search.ts';
import { wwsFixture } from '../../../../testkit/src/fixtures/market/wws.ts';
import { contentsvalue } from './contentsvalue.ts';
import { openapi } from './openapi.ts';
import { rebuild } from './rebuild.ts';
import { rentalreference } from './rentalreference.ts';
import { autosearch } from './search.ts';
import { wws } from './wws.ts';

describe('autosearch', () => {
  it('normalises the postcode and checks sort', () => {
    expect(autosearch.input.parse({ search: '1053 bm', sort: 'relevance' })).toEqual({
      search: '1053BM',
      sort: 'relevance',
    });
    expect(
      autosearch.input.safeParse({ search: '1053BM', sort: 'price' }).error?.issues[0]?.message,
    ).toContain('date or relevance');
  });
  it('parses listings, string prices and a wrapped empty list', () => {
    const data = autosearch.output.parse(autosearchFixture.response);
    expect(data.map((item) => item.asking_price)).toEqual([925000, 485000]);
    expect(data[1]?.market_status).toBe('Under offer');
    expect(autosearch.output.parse(autosearchFixture.variants[0])[0]).toMatchObject({
      housenumber: 26,
      asking_price: 925000,
      energy_label: 'C',
    });
    expect(autosearch.output.parse(autosearchFixture.variants[1])).toEqual([]);
  });
  it('fails a body that is not a list', () => {
    expect(autosearch.output.safeParse({ postcode: '1053BM' }).success).toBe(false);
  });
});

describe('rentalreference', () => {
  it('checks the documented ranges', () => {
    expect(rentalreference.input.parse(rentalreferenceFixture.request)).toMatchObject({
      furnished_target: 1,
    });
    expect(
      rentalreference.input.safeParse({ postcode: '1057AA', housenumber: 8, reference_number: 5 }).error
        ?.issues[0]?.message,
    ).toContain('10 to 30');
  });
  it('parses the market rent and the distribution into numbers', () => {
    const data = rentalreference.output.parse(rentalreferenceFixture.response);
    expect(data.reference_data.market_rent).toBe(1375);
    expect(data.reference_data.number_of_references).toBe(366);
    expect(data.reference_data.rent_distribution?.[0]).toMatchObject({
      max_sqm: 35,
      avg_rent: 600,
      rent_innersurfacearea: 17.9,
    });
    expect(data.street).toBeUndefined();
    const wrapped = rentalreference.output.parse(rentalreferenceFixture.variants[0]);
    expect(wrapped.reference_data.market_rent).toBe(1410);
    expect(wrapped.reference_data.rent_distribution).toBeUndefined();
  });
  it('fails without a market rent', () => {
    expect(rentalreference.output.safeParse({ reference_data: { number_of_references: '3' } }).success).toBe(
      false,
    );
  });
});

describe('wws', () => {
  it('takes a description of the home, not an address, and checks the documented values', () => {
    expect(wws.address).toBeUndefined();
    expect(wws.input.parse({ ...wwsFixture.request, parking: { type: 'carport' } })).toHaveProperty(
      'parking',
    );
    expect(wws.input.safeParse({ house_type: 'rijtjeshuis' }).error?.issues[0]?.message).toContain(
      'Eengezinswoning',
    );
    expect(wws.input.safeParse({ energy_label: 'H' }).success).toBe(false);
  });
  it('keeps any non-empty body and fails an empty one', () => {
    expect(wws.output.parse(wwsFixture.response)).toMatchObject({ total_points: 187 });
    expect(wws.output.parse(wwsFixture.variants[0])).toMatchObject({ total_points: '187' });
    expect(wws.output.safeParse({}).success).toBe(false);
  });
});

describe('rebuild', () => {
  it('checks the options', () => {
    expect(rebuild.input.parse(rebuildFixture.request)).toMatchObject({
      renovated_kitchen: true,
      solar_panels: 12,
    });
    expect(rebuild.input.safeParse({ postcode: '2771DS', housenumber: 87, solar_panels: -1 }).success).toBe(
      false,
    );
  });
  it('parses the rebuild value and surfaces into numbers', () => {
    const { Output } = rebuild.output.parse(rebuildFixture.response);
    expect(Output).toMatchObject({
      rebuild_value: 558412,
      woz_value: 633822,
      building_value: 571227,
      accuracy_indicator: 2,
    });
    expect(Output.roof_surfaces?.[0]).toMatchObject({ orientation: 'S', area: 48.2, angle: 42 });
    const older = rebuild.output.parse(rebuildFixture.variants[0]).Output;
    expect(older).toMatchObject({ bag_id: '0499010002023718', rebuild_value: 541000, total_correction: 0 });
  });
  it('fails without a rebuild value', () => {
    expect(rebuild.output.safeParse({ Output: { bag_id: '0499010002023718' } }).success).toBe(false);
  });
});

describe('contentsvalue', () => {
  it('sends an empty houseaddition because this endpoint requires the field', () => {
    expect(contentsvalue.input.parse(contentsvalueFixture.request)).toMatchObject({ houseaddition: '' });
    expect(
      contentsvalue.input.safeParse({ postcode: '3511AB', housenumber: 12, household_composition: 2 })
        .success,
    ).toBe(false);
  });
  it('parses the total value, also from strings', () => {
    expect(contentsvalue.output.parse(contentsvalueFixture.response).output_total_household_value).toBe(
      91834,
    );
    expect(contentsvalue.output.parse(contentsvalueFixture.variants[0])).toMatchObject({
      output_total_household_value: 88210,
      output_points_total: 70,
      buildyear: 1890,
      wall_material: 'baksteen',
    });
    expect(contentsvalue.output.safeParse({ output_points_total: 73 }).success).toBe(false);
  });
});

describe('openapi', () => {
  it('fills the api path segment and refuses anything that could escape it', () => {
    expect(openapi.input.parse({ api: '/Sustainability/' })).toEqual({ api: 'sustainability' });
    expect(openapi.input.parse({ api: 'v2/objectdata' })).toEqual({ api: 'v2/objectdata' });
    expect(openapi.input.safeParse({ api: '../credit' }).success).toBe(false);
    expect(openapi.input.safeParse({ api: 'avm?x=1' }).success).toBe(false);
  });
  it('parses a spec and fails a body without paths', () => {
    expect(openapi.output.parse(openapiFixture.response).info?.title).toBe('Sustainability API');
    expect(openapi.output.parse(openapiFixture.variants[0]).swagger).toBe('2.0');
    expect(openapi.output.safeParse({ openapi: '3.0.2' }).success).toBe(false);
  });
});
