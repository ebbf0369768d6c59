import { createAltumClient } from '@altum-chat/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dwellingFor } from '../demo/dwelling.ts';
import { labelRank } from '../demo/energy-model.ts';
import { startFakeAltum } from './start-fake-altum.ts';
import type { FakeAltum } from './types.ts';

const NOW = new Date('2026-03-10T09:00:00Z');
const SAMPLE = [
  { postcode: '1071AA', housenumber: 28, houseaddition: 'B' },
  { postcode: '1012LG', housenumber: 1 },
  { postcode: '3511AX', housenumber: 100 },
  { postcode: '2511BT', housenumber: 70 },
  { postcode: '1312CD', housenumber: 5 },
  { postcode: '9712CP', housenumber: 14 },
  { postcode: '5611GH', housenumber: 1 },
];

let fake: FakeAltum;
let client: ReturnType<typeof createAltumClient>;
beforeAll(async () => {
  fake = await startFakeAltum({ now: () => NOW });
  client = createAltumClient({ baseUrl: fake.url, cache: false, retry: { attempts: 1 } });
});
afterAll(async () => {
  await client.close();
  await fake.close();
});
const call = <Id extends Parameters<typeof client.call>[0]>(
  id: Id,
  input: Parameters<typeof client.call<Id>>[1],
) => client.call(id, input, { apiKey: fake.apiKey });

describe.each(SAMPLE)('the fake answers $postcode $housenumber from one dwelling', (address) => {
  const home = dwellingFor({ ...address, addition: address.houseaddition });

  it('gives every market endpoint the same street, town, build year and areas', async () => {
    const avm = (await call('avm', address)).Output;
    const plus = await call('avmplus', address);
    const woz = (
      await call('woz', {
        postcode: address.postcode,
        housenumber: address.housenumber,
        addition: address.houseaddition,
      })
    ).Output;
    const features = await call('objectdata.v2', address);
    const rebuild = (await call('rebuild', address)).Output;
    const listing = (await call('movedata', address)).Output;
    const label = await call('energylabel.houses', address);
    for (const o of [
      { street: avm.Street, city: avm.City, year: avm.BuildYear, area: avm.InnerSurfaceArea },
      { street: plus.street, city: plus.city, year: plus.build_year, area: plus.inner_surface_area },
      { street: woz.Street, city: woz.City, year: woz.BuildYear, area: home.livingArea },
      {
        street: features.street,
        city: features.city,
        year: features.build_year,
        area: features.inner_surface_area,
      },
      {
        street: rebuild.street,
        city: rebuild.city,
        year: rebuild.build_year,
        area: rebuild.inner_surface_area,
      },
      { street: listing.Street, city: listing.City, year: listing.BuildYear, area: listing.InnerSurfaceArea },
      {
        street: home.address.street,
        city: home.address.city,
        year: label.build_year,
        area: label.inner_surface_area,
      },
    ]) {
      expect(o).toEqual({
        street: home.address.street,
        city: home.address.city,
        year: home.buildYear,
        area: home.livingArea,
      });
    }
    expect(label.current_estimated_energy_label).toBe(home.energy.label);
  });

  it('keeps WOZ, AVM and AVM+ within a plausible spread of each other', async () => {
    const avm = (await call('avm', address)).Output.PriceEstimation ?? 0;
    const plus = (await call('avmplus', address)).price_estimation ?? 0;
    const woz = (
      await call('woz', {
        postcode: address.postcode,
        housenumber: address.housenumber,
        addition: address.houseaddition,
      })
    ).Output.wozvalue;
    const indexed = woz[0]?.IndexedValue ?? 0;
    expect(Math.abs(avm / indexed - 1)).toBeLessThan(0.15);
    expect(Math.abs(plus / avm - 1)).toBeLessThan(0.05);
    const values = woz.map((entry) => entry.Value ?? 0);
    expect(Math.max(...values) / Math.min(...values)).toBeLessThan(2);
  });

  it('advises measures that reach the target label, rows adding up to the totals', async () => {
    for (const target of ['A', 'B', 'C']) {
      const advice = await call('sustainability', { ...address, target_label: target });
      const rows = Object.values(advice.measures ?? {});
      expect(advice.label.current).toBe(home.energy.label);
      if (labelRank(home.energy.label) >= labelRank(target)) {
        expect(rows).toEqual([]);
      } else {
        expect(labelRank(advice.label.potential ?? '')).toBeGreaterThanOrEqual(labelRank(target));
      }
      expect(rows.reduce((sum, m) => sum + (m.investment ?? 0), 0)).toBeCloseTo(
        advice.financial?.total_investment ?? 0,
        6,
      );
      expect(rows.reduce((sum, m) => sum + (m.saving ?? 0), 0)).toBe(advice.financial?.total_saving);
    }
  });

  it('honours every chosen Delta measure, solar panels included, rows adding up', async () => {
    const none = await call('sustainability.delta', address);
    const chosen = await call('sustainability.delta', {
      ...address,
      target_wall_insulation: 4,
      target_living_room_windows: 4,
      solar_panels: [{ pv_total_watt_peak: 3_200 }],
    });
    const measures = chosen.measures ?? {};
    expect(none.measures ?? {}).toEqual({});
    expect(none.label.potential).toBe(none.label.current);
    expect(measures.solar_panels?.after?.value).toBe(home.solarPanels + 8);
    if (home.levels.wall_insulation < 4) expect(measures.wall_insulation?.after?.value).toBe(4);
    expect(measures.living_room_windows?.after?.value ?? home.levels.living_room_windows).toBe(4);
    expect(labelRank(chosen.label.potential ?? '')).toBeGreaterThan(labelRank(chosen.label.current ?? ''));
    const rows = Object.values(measures);
    expect(rows.reduce((sum, m) => sum + (m.saving ?? 0), 0)).toBe(chosen.financial?.total_saving);
    expect(rows.reduce((sum, m) => sum + (m.investment ?? 0), 0)).toBeCloseTo(
      chosen.financial?.total_investment ?? 0,
      6,
    );
    expect(chosen.address?.street).toBe(home.address.street);
  });
});

describe('the fake’s own correction warnings', () => {
  it('raises a level a home of that age cannot have, and only then', async () => {
    const newer = { postcode: '1312CD', housenumber: 5 };
    const built = dwellingFor(newer).buildYear;
    expect(built).toBeGreaterThanOrEqual(2006);
    const corrected = await call('sustainability.delta', {
      ...newer,
      wall_insulation: 2,
      target_living_room_windows: 1,
    });
    expect(corrected.warnings).toEqual([
      {
        code: '03',
        description: `wall_insulation: 2 is not allowed for build_year: ${built}. Allowed values: [4]. Set wall_insulation: 4.`,
      },
      {
        code: '04',
        description: `living_room_windows: 1 is not valid for build_year: ${built}. Allowed values: [2, 3, 4]. Value has been adjusted to living_room_windows: 2.`,
      },
    ]);
    const fine = await call('sustainability.delta', {
      postcode: '1071AA',
      housenumber: 28,
      houseaddition: 'B',
      target_wall_insulation: 3,
    });
    expect(fine.warnings).toEqual([]);
  });
});
