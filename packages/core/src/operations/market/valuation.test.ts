import { describe, expect, it } from 'vitest';
import { avmFixture } from '../../../../testkit/src/fixtures/market/avm.ts';
import { avmplusFixture } from '../../../../testkit/src/fixtures/market/avmplus.ts';
import { listingpriceFixture } from '../../../../testkit/src/fixtures/market/listingprice.ts';
import { referenceFixture } from '../../../../testkit/src/fixtures/market/reference.ts';
import { avm } from './avm.ts';
import { avmplus } from './avmplus.ts';
import { listingprice } from './listingprice.ts';
import { parseConfidence, parsePriceRange } from './price-range.ts';
import { reference } from './reference.ts';

function issues(result: { error?: { issues: readonly { message: string; path: PropertyKey[] }[] } }): string {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}

describe('avm', () => {
  it('normalises the address and sends houseaddition', () => {
    expect(avm.address?.addition).toBe('houseaddition');
    expect(avm.input.parse({ postcode: '2728 kh', housenumber: '5', houseaddition: ' -a ' })).toEqual({
      postcode: '2728KH',
      housenumber: 5,
      houseaddition: 'a',
    });
  });
  it('normalises optional fields', () => {
    const input = avm.input.parse({
      postcode: '2728KH',
      housenumber: 5,
      valuationdate: '2024-01-15',
      housetype: 'tussen/rijwoning',
      energylabel: 'a++',
      image: true,
    });
    expect(input).toMatchObject({
      valuationdate: '20240115',
      housetype: 'Tussen/rijwoning',
      energylabel: 'A++',
      image: 1,
    });
  });
  it.each([
    [{ postcode: '1000AA', housenumber: 1 }, 'PO-box'],
    [{ postcode: '2728KH', housenumber: 0 }, 'house number must be 1 or more'],
    [{ postcode: '2728KH', housenumber: 5, valuationdate: '20241301' }, 'not a real date'],
    [{ postcode: '2728KH', housenumber: 5, valuationdate: '15-01-2024' }, 'YYYYMMDD'],
    [{ postcode: '2728KH', housenumber: 5, housetype: 'Villa' }, 'house type must be one of'],
    [{ postcode: '2728KH', housenumber: 5, energylabel: 'H' }, 'energy label must be one of'],
    [{ postcode: '2728KH', housenumber: 5, valuation_date: '20240115' }, 'valuation_date'],
  ])('rejects %j before sending', (input, message) => {
    expect(issues(avm.input.safeParse(input))).toContain(message);
  });
  it('parses the documented body into numbers', () => {
    const { Output } = avm.output.parse(avmFixture.response);
    expect(Output.PriceEstimation).toBe(355012);
    expect(Output.BuildYear).toBe(2001);
    expect(Output.HouseNumber).toBe(5);
    expect(Output.Latitude).toBeCloseTo(52.0709259, 6);
    expect(Output.HouseAddition).toBeUndefined();
    expect(parseConfidence(Output.Confidence)).toEqual({ low: 327363, high: 429880, level: 90 });
  });
  it('parses the variants: numbers, padded BAG id, extra fields, flat body', () => {
    const first = avm.output.parse(avmFixture.variants[0]).Output;
    expect(first.PriceEstimation).toBe(412500);
    expect(first.BagID).toBe('0637010000264937');
    expect(first.ValuationDate).toBe('20240115');
    expect(first.Rooms).toBe(5);
    expect(first.AccuracyIndicator).toBe(2);
    expect(parseConfidence(first.Confidence)).toEqual({ low: 389000, high: 440000, level: 90 });
    const flat = avm.output.parse(avmFixture.variants[1]).Output;
    expect(flat.PriceEstimation).toBe(298000);
    expect(flat.BuildYear).toBeUndefined();
    expect(flat.InnerSurfaceArea).toBeUndefined();
  });
  it('fails a body without a price estimation', () => {
    expect(issues(avm.output.safeParse({ Output: {} }))).toContain('PriceEstimation');
    expect(avm.output.safeParse({ Output: { PriceEstimation: '' } }).success).toBe(false);
    expect(avm.output.safeParse({ Output: { PriceEstimation: 'n/a' } }).success).toBe(false);
    expect(avm.output.safeParse({ Output: 'The prediction is too low.' }).success).toBe(false);
  });
});

describe('avmplus', () => {
  it('sends valuation_date with an underscore and refuses the AVM spelling', () => {
    expect(
      avmplus.input.parse({ postcode: '2771ds', housenumber: 87, valuation_date: '20240115' }),
    ).toMatchObject({
      valuation_date: '20240115',
    });
    expect(
      avmplus.input.safeParse({ postcode: '2771DS', housenumber: 87, valuationdate: '20240115' }).success,
    ).toBe(false);
  });
  it('parses the snake_case body', () => {
    const data = avmplus.output.parse(avmplusFixture.response);
    expect(data.price_estimation).toBe(689000);
    expect(data.bag_id).toBe('0499010002023718');
    expect(data.build_year).toBe(1961);
  });
  it('folds joined and capitalised spellings onto the snake_case names', () => {
    const joined = avmplus.output.parse(avmplusFixture.variants[0]);
    expect(joined).toMatchObject({
      bag_id: '0499010002023718',
      house_type: 'Vrijstaande woning',
      build_year: 1961,
      inner_surface_area: 168,
      outer_surface_area: 1605,
      energy_label: 'C',
      valuation_date: '20240115',
      price_estimation: 689000,
      housenumber: 87,
    });
    expect(joined).not.toHaveProperty('priceestimation');
    expect(parseConfidence(joined.confidence)).toMatchObject({ low: 631000, high: 752000 });
    const sandbox = avmplus.output.parse(avmplusFixture.variants[1]);
    expect(sandbox).toMatchObject({
      city: 'Boskoop',
      street: 'Zuidkade',
      price_estimation: 701250,
      model_version: '2024.1',
    });
  });
  it('unwraps an Output object but fails without a price', () => {
    expect(avmplus.output.parse({ Output: { price_estimation: '500000' } }).price_estimation).toBe(500000);
    expect(issues(avmplus.output.safeParse({ bag_id: '0499010002023718' }))).toContain('price_estimation');
  });
});

describe('listingprice', () => {
  it('parses the assumed body and folds other price spellings onto ListingPrice', () => {
    expect(listingprice.output.parse(listingpriceFixture.response).Output.ListingPrice).toBe(475000);
    expect(listingprice.output.parse(listingpriceFixture.variants[0]).Output.ListingPrice).toBe(469000);
    expect(listingprice.output.parse(listingpriceFixture.variants[1]).Output.ListingPrice).toBe(479000);
  });
  it('fails without any price', () => {
    expect(listingprice.output.safeParse({ Output: { PostCode: '3511AB' } }).success).toBe(false);
  });
});

describe('reference', () => {
  it('accepts search settings and rejects out-of-range ones', () => {
    expect(reference.input.parse(referenceFixture.request)).toMatchObject({
      reference_number: 10,
      date_limit: 24,
    });
    expect(
      issues(reference.input.safeParse({ postcode: '2728KH', housenumber: 5, date_limit: 3 })),
    ).toContain('6 to 60');
    expect(
      reference.input.safeParse({ postcode: '2728KH', housenumber: 5, weight_distance: 2 }).success,
    ).toBe(false);
  });
  it('parses reference houses with numbers and range text', () => {
    const data = reference.output.parse(referenceFixture.response);
    const [first, second] = data.ReferenceData.ReferenceHouses;
    expect(first?.Transactiondate).toBe(202306);
    expect(parsePriceRange(first?.TransactionPrice)).toEqual({ low: 350000, high: 375000 });
    expect(second?.Distance).toBe(260);
    expect(data.GivenHouse?.BuildYear).toBe(2001);
    expect(data.GivenHouse?.ValuationDate).toBe('20240115');
  });
  it('parses the sandbox variant: reversed ranges, strings, TransactionDate spelling', () => {
    const data = reference.output.parse(referenceFixture.variants[0]);
    const [house] = data.ReferenceData.ReferenceHouses;
    expect(house).toMatchObject({ HouseNumber: 12, Transactiondate: 202306, Distance: 140, Source: 'Funda' });
    expect(parsePriceRange(house?.TransactionPrice)).toEqual({ low: 22429, high: 98069 });
    expect(data.GivenHouse).toBeUndefined();
  });
  it('fails without the list of reference houses', () => {
    expect(reference.output.safeParse({ ReferenceData: { ReferencePriceMean: '1-2' } }).success).toBe(false);
    expect(reference.output.safeParse({ GivenHouse: {} }).success).toBe(false);
  });
});
