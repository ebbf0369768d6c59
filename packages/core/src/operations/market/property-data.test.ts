import { describe, expect, it } from 'vitest';
import { locationdataFixture } from '../../../../testkit/src/fixtures/market/locationdata.ts';
import { movedataFixture } from '../../../../testkit/src/fixtures/market/movedata.ts';
import {
  objectdataFixture,
  objectdataV2Fixture,
} from '../../../../testkit/src/fixtures/market/objectdata.ts';
import {
  transactionFixture,
  transactionPingFixture,
} from '../../../../testkit/src/fixtures/market/transaction.ts';
import { locationdata } from './locationdata.ts';
import { movedata } from './movedata.ts';
import { objectdata, objectdataV2 } from './objectdata.ts';
import { transaction, transactionPing } from './transaction.ts';

describe('transaction', () => {
  it('sends the valuation date as a number and houseaddition', () => {
    expect(transaction.address?.addition).toBe('houseaddition');
    expect(
      transaction.input.parse({ postcode: '2771hm', housenumber: 173, valuationdate: '20240101' }),
    ).toEqual({
      postcode: '2771HM',
      housenumber: 173,
      valuationdate: 20240101,
    });
    expect(transactionPing.input.parse(transactionPingFixture.request)).toEqual({
      postcode: '2771HM',
      housenumber: 173,
    });
  });
  it('parses the documented list', () => {
    const { Output } = transaction.output.parse(transactionFixture.response);
    expect(Output).toHaveLength(2);
    expect(Output[0]).toMatchObject({
      TransactionDate: 20191001,
      TransactionPrice: 500000,
      TransactionPriceIndexed: 600000,
    });
    expect(Output[0]?.BagID).toBeUndefined();
  });
  it('parses string numbers, the alternate indexed-price name, a single object and an empty list', () => {
    const [first] = transaction.output.parse(transactionFixture.variants[0]).Output;
    expect(first).toMatchObject({
      HouseNumber: 173,
      TransactionPrice: 500000,
      TransactionPriceIndexed: 600000,
    });
    expect(first?.BagID).toBe('0569010000012345');
    expect(transaction.output.parse(transactionFixture.variants[1]).Output).toHaveLength(1);
    expect(transaction.output.parse(transactionFixture.variants[2]).Output).toEqual([]);
  });
  it('fails without the Output list', () => {
    expect(transaction.output.safeParse({}).success).toBe(false);
    expect(transaction.output.safeParse({ Output: null }).success).toBe(false);
  });
  it('ping is free and never cached', () => {
    expect([transactionPing.credits, transactionPing.cacheTtlMs]).toEqual([0, 0]);
    expect(transactionPing.output.parse(true)).toEqual({ Output: true });
  });
});

describe('movedata', () => {
  it('parses asking price and counts into numbers', () => {
    const { Output } = movedata.output.parse(movedataFixture.response);
    expect(Output).toMatchObject({ AskingPrice: 425000, BuildYear: 2001, Rooms: 5, ParcelSize: 136 });
    expect(Output.BagID).toBe('0637010000264937');
  });
  it('parses a not-listed variant and keeps unknown fields', () => {
    const { Output } = movedata.output.parse(movedataFixture.variants[0]);
    expect(Output.AskingPrice).toBeUndefined();
    expect(Output.Bedrooms).toBe(3);
    expect(Output.MarketStatus).toBe('Sold');
  });
  it('fails an empty Output', () => {
    expect(movedata.output.safeParse({ Output: {} }).error?.issues[0]?.message).toContain(
      'no BagID or PostCode',
    );
  });
  it('caches for an hour only', () => {
    expect(movedata.cacheTtlMs).toBe(3_600_000);
  });
});

describe('objectdata', () => {
  it('v1 turns strings into numbers and Python None into absent', () => {
    const { Output } = objectdata.output.parse(objectdataFixture.response);
    expect(Output).toMatchObject({
      bag_id: '0363010000710354',
      build_year: 1906,
      inner_surface_area: 216,
      rooms: 8,
    });
    expect(Output.houseaddition).toBeUndefined();
    expect(Output.garden_size).toBeUndefined();
    expect(Output.protected_cityview_names).toEqual([
      'Amsterdam - Binnen de Singelgracht',
      'Amsterdam - Nieuwmarktbuurt',
    ]);
    const variant = objectdata.output.parse(objectdataFixture.variants[0]).Output;
    expect(variant).toMatchObject({ bag_id: '0363010000710354', build_year: 1906 });
    expect(variant.rooms).toBeUndefined();
  });
  it('v2 keeps the BAG id as a 16-digit string and parses the Python list text', () => {
    const data = objectdataV2.output.parse(objectdataV2Fixture.response);
    expect(data).toMatchObject({ bag_id: '0363010000710354', ozb_tax: 0.0431, protected_cityviews: 2 });
    expect(data.protected_cityview_names).toHaveLength(2);
    expect(objectdataV2.output.parse(objectdataV2Fixture.variants[0])).toMatchObject({
      inner_surface_area: 216,
      build_year: 1906,
      protected_cityview_names: ['Amsterdam - Binnen de Singelgracht'],
      energy_label: 'C',
    });
    expect(objectdataV2.output.parse(objectdataV2Fixture.variants[1]).protected_cityview_names).toEqual([]);
  });
  it('uses valuationdate on v1 and valuation_date on v2', () => {
    expect(
      objectdata.input.parse({ postcode: '1011EW', housenumber: 48, valuationdate: '20240104' }),
    ).toHaveProperty('valuationdate');
    expect(
      objectdataV2.input.safeParse({ postcode: '1011EW', housenumber: 48, valuationdate: '20240104' })
        .success,
    ).toBe(false);
  });
  it('fails a body that names no object', () => {
    expect(objectdataV2.output.safeParse({ city: 'Amsterdam' }).success).toBe(false);
    expect(objectdata.output.safeParse({ Output: {} }).success).toBe(false);
  });
});

describe('locationdata', () => {
  it('sends `addition` and a string house number', () => {
    expect(locationdata.address?.addition).toBe('addition');
    expect(locationdata.input.parse({ postcode: '3709jl', housenumber: 1, addition: 'a3' })).toEqual({
      postcode: '3709JL',
      housenumber: '1',
      addition: 'a3',
    });
    expect(
      locationdata.input.safeParse({ postcode: '3709JL', housenumber: 1, houseaddition: 'A3' }).success,
    ).toBe(false);
  });
  it('parses the bag block into numbers', () => {
    const { bag } = locationdata.output.parse(locationdataFixture.response).output;
    expect(bag).toMatchObject({ bagid: '0355010000760136', build_year: 1956, inner_surface_area: 63 });
    expect(bag.outer_surface_area).toBe(32371);
    expect(bag.num_id).toBe('0355200000760135');
  });
  it('folds the capitalised wrapper and bag_id, and keeps extra blocks', () => {
    const data = locationdata.output.parse(locationdataFixture.variants[0]);
    expect(data.output.bag.bagid).toBe('0355010000760136');
    expect(data.output.wpl).toEqual({ wpl_name: 'Zeist' });
  });
  it('fails without the bag block', () => {
    expect(locationdata.output.safeParse({ output: {} }).success).toBe(false);
  });
});
