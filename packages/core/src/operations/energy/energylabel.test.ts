import { describe, expect, it } from 'vitest';
import {
  energylabelApartmentsFixture,
  energylabelHousesFixture,
  energylabelV1Fixture,
} from '../../../../testkit/src/fixtures/energy/energylabel.ts';
import { energylabelV1, energylabelV1Bag } from './energylabel-v1.ts';
import { energylabelApartments, energylabelHouses } from './energylabel-v2.ts';

describe('energylabel v2', () => {
  it('parses the documented houses body', () => {
    const data = energylabelHouses.output.parse(energylabelHousesFixture.response);
    expect(data.current_estimated_energy_label).toBe('C');
    expect(data.current_estimated_BENG2_score).toBe(228);
    expect(data.wall_insulation).toBe(2);
    expect(data.measures_method).toBe(1);
  });

  it('parses the variant: snake address folded, strings → numbers, label trimmed, extras kept', () => {
    const data = energylabelHouses.output.parse(energylabelHousesFixture.variants[0]);
    expect(data).toMatchObject({
      postcode: '2771DS',
      housenumber: 87,
      build_year: 1961,
      inner_surface_area: 151,
    });
    expect(data.current_estimated_energy_label).toBe('C');
    expect(data.house_type).toBe('1');
    expect(data.CO2).toBe(3084);
    expect(data.definitive_energy_label).toBeUndefined();
    expect(data.warnings?.[0]?.code).toBe('01');
    expect(data.solar_panels).toEqual([{ pv_total_watt_peak: 3200, orientation: 'S' }]);
    expect(data).toHaveProperty('source_version', 'ep-online-v5');
  });

  it('unwraps an Output wrapper', () => {
    expect(
      energylabelHouses.output.parse(energylabelHousesFixture.variants[1]).current_estimated_energy_label,
    ).toBe('B');
  });

  it('apartments: nulls become absent, empty numbers too', () => {
    const data = energylabelApartments.output.parse(energylabelApartmentsFixture.variants[0]);
    expect(data.current_estimated_energy_label).toBe('A');
    expect(data.estimated_gas_usage).toBe(640);
    expect(data.definitive_BENG2_score).toBeUndefined();
    expect(data.roof_insulation).toBeUndefined();
    expect(data.solar_panels).toBeUndefined();
  });

  it('fails without an estimated label', () => {
    const { current_estimated_energy_label: _gone, ...rest } = energylabelHousesFixture.response as Record<
      string,
      unknown
    >;
    expect(energylabelHouses.output.safeParse(rest).success).toBe(false);
    expect(
      energylabelHouses.output.safeParse({ ...rest, current_estimated_energy_label: '  ' }).success,
    ).toBe(false);
  });

  it('normalises input and rejects bad levels', () => {
    expect(
      energylabelHouses.input.parse({ postcode: '2771 ds', housenumber: 87, houseaddition: 'b' }),
    ).toEqual({
      postcode: '2771DS',
      housenumber: 87,
      houseaddition: 'b',
    });
    expect(
      energylabelHouses.input.safeParse({ postcode: '2771DS', housenumber: 87, wall_insulation: 7 }).success,
    ).toBe(false);
    expect(
      energylabelApartments.input.parse({ postcode: '1012JS', housenumber: 1, roof_insulation: 3 }),
    ).toMatchObject({
      roof_insulation: 3,
    });
  });
});

describe('energylabel v1', () => {
  it('keeps the documented Output wrapper', () => {
    const data = energylabelV1.output.parse(energylabelV1Fixture.response);
    expect(data.Output.current_estimated_energy_label).toBe('B');
    expect(data.Output.solar_panels).toBe(15);
    expect(data.Output.house_number).toBe(87);
  });

  it('parses the variants: v2 spelling folded onto snake_case, flat body wrapped', () => {
    const variant = energylabelV1.output.parse(energylabelV1Fixture.variants[0]);
    expect(variant.Output).toMatchObject({ post_code: '2771DS', house_number: 87, wall_insulation: 2 });
    const flat = energylabelV1.output.parse(energylabelV1Fixture.variants[1]);
    expect(flat.Output.current_estimated_energy_label).toBe('C');
    expect(flat.Output.inner_surface_area).toBe(151);
  });

  it('fails when Output has no label or is a message string', () => {
    expect(energylabelV1.output.safeParse({ Output: { post_code: '2771DS' } }).success).toBe(false);
    expect(
      energylabelV1.output.safeParse({ Output: 'The given house address not found in database' }).success,
    ).toBe(false);
  });

  it('uses post_code/house_number/house_addition; bag variant needs 16 digits', () => {
    expect(
      energylabelV1.input.parse({ post_code: '2771ds', house_number: '87', house_addition: 'a' }),
    ).toEqual({
      post_code: '2771DS',
      house_number: 87,
      house_addition: 'a',
    });
    expect(energylabelV1.address?.addition).toBe('house_addition');
    expect(energylabelV1Bag.input.safeParse({ bag_id: '06370100002649' }).success).toBe(false);
    expect(energylabelV1Bag.address).toBeUndefined();
  });
});
