import { describe, expect, it } from 'vitest';
import { wozBagFixture, wozFixture, wozPingFixture } from '../../../../testkit/src/fixtures/market/woz.ts';
import { woz, wozBag, wozPing } from './woz.ts';

describe('woz', () => {
  it('sends `addition` and the house number as the documented string', () => {
    expect(woz.address?.addition).toBe('addition');
    expect(woz.input.parse({ postcode: '2771 ds', housenumber: 87, addition: 'b', index: true })).toEqual({
      postcode: '2771DS',
      housenumber: '87',
      addition: 'b',
      index: 1,
    });
    expect(wozPing.address?.addition).toBe('addition');
    expect(wozPing.input.parse(wozPingFixture.request)).toEqual({ postcode: '2771DS', housenumber: '87' });
  });
  it('rejects houseaddition, a non-numeric house number and a bad postcode', () => {
    expect(woz.input.safeParse({ postcode: '2771DS', housenumber: 87, houseaddition: 'B' }).success).toBe(
      false,
    );
    expect(
      woz.input.safeParse({ postcode: '2771DS', housenumber: 'abc' }).error?.issues[0]?.message,
    ).toContain('house number');
    expect(woz.input.safeParse({ postcode: '277DS', housenumber: 87 }).error?.issues[0]?.message).toContain(
      'not a Dutch postcode',
    );
  });
  it('parses the documented body: numbers, hyphenated source date, newest first', () => {
    const { Output } = woz.output.parse(wozFixture.response);
    expect(Output.BagID).toBe('0499010002023718');
    expect(Output.HouseNumber).toBe(87);
    expect(Output['WOZ-source_date']).toBe('2023-03-21');
    expect(Output.wozvalue).toEqual([
      { Date: '01-01-2022', Value: 630000, IndexedValue: 644942 },
      { Date: '01-01-2021', Value: 551000 },
      { Date: '01-01-2020', Value: 518000 },
    ]);
  });
  it('sorts out-of-order values, drops empty ones and folds the source-date spelling', () => {
    const { Output } = woz.output.parse(wozFixture.variants[0]);
    expect(Output.wozvalue.map((entry) => [entry.Date, entry.Value])).toEqual([
      ['01-01-2023', 657000],
      ['01-01-2022', 630000],
      ['01-01-2021', 551000],
    ]);
    expect(Output.wozvalue[0]?.IndexedValue).toBe(671200);
    expect(Output['WOZ-source_date']).toBe('2024-03-18');
    expect(Output).not.toHaveProperty('WOZ_source_date');
    expect(Output.Neighbourhood).toBe('Boskoop-Oost');
  });
  it('wraps a flat body and keeps an empty history', () => {
    expect(woz.output.parse(wozFixture.variants[1]).Output.wozvalue).toEqual([
      { Date: '01-01-2022', Value: 630000 },
    ]);
    expect(woz.output.parse(wozFixture.variants[2]).Output.wozvalue).toEqual([]);
  });
  it('fails without a wozvalue list', () => {
    expect(woz.output.safeParse({ Output: { PostCode: '2771DS' } }).success).toBe(false);
    expect(woz.output.safeParse({ Output: { wozvalue: null } }).success).toBe(false);
    expect(woz.output.safeParse({}).success).toBe(false);
  });
});

describe('woz.bag', () => {
  it('pads a BAG id that lost its leading zero and rejects junk', () => {
    expect(wozBag.input.parse({ bag_id: 499010002023718 })).toEqual({ bag_id: '0499010002023718' });
    expect(wozBag.input.parse(wozBagFixture.request)).toEqual({ bag_id: '0499010002023718' });
    expect(wozBag.input.safeParse({ bag_id: '12AB' }).error?.issues[0]?.message).toContain('16 digits');
  });
  it('shares the WOZ output', () => {
    expect(wozBag.output.parse(wozBagFixture.response).Output.wozvalue[0]?.Value).toBe(630000);
  });
});

describe('woz.ping', () => {
  it('accepts any body and keeps bare values under Output', () => {
    expect(wozPing.output.parse({})).toEqual({});
    expect(wozPing.output.parse(1)).toEqual({ Output: 1 });
    expect(wozPing.credits).toBe(0);
    expect(wozPing.cacheTtlMs).toBe(0);
  });
});
