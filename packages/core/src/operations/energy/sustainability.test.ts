import { describe, expect, it } from 'vitest';
import {
  sustainabilityApartmentsFixture,
  sustainabilityFixture,
} from '../../../../testkit/src/fixtures/energy/sustainability-advice.ts';
import {
  sustainabilityApartmentsDeltaFixture,
  sustainabilityDeltaFixture,
} from '../../../../testkit/src/fixtures/energy/sustainability-delta.ts';
import { sustainabilityV1Fixture } from '../../../../testkit/src/fixtures/energy/sustainability-v1.ts';
import { sustainability, sustainabilityApartments } from './sustainability-advice.ts';
import { sustainabilityApartmentsDelta, sustainabilityDelta } from './sustainability-delta.ts';
import { sustainabilityV1, sustainabilityV1Bag } from './sustainability-v1.ts';

const messages = (result: { error?: { issues: readonly { message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.message).join(' | ');

describe('sustainability.delta output', () => {
  it('parses the documented body; total_savings lands on total_saving', () => {
    const data = sustainabilityDelta.output.parse(sustainabilityDeltaFixture.response);
    expect(data.label).toMatchObject({ current: 'E', potential: 'A' });
    expect(data.financial?.total_saving).toBe(1390);
    expect(data.financial?.total_investment).toBe(24180.5);
    expect(data.financial?.energy_cost_monthly).toEqual({ current: 265, potential: 149 });
    expect(data.address?.house_number).toBe(5);
    expect(data.warnings?.[0]?.code).toBe('03');
    expect(data.measures?.wall_insulation?.after?.value).toBe(4);
    expect(data.measures?.wall_insulation?.saving).toBe(410);
  });

  it('parses the real-shaped variant: strings → numbers, alternate names folded, extras kept', () => {
    const data = sustainabilityDelta.output.parse(sustainabilityDeltaFixture.variants[0]);
    expect(data.financial?.total_investment).toBe(24180.5);
    expect(data.financial?.total_saving).toBe(1390);
    expect(data.financial?.energy_cost_monthly).toBe(149);
    expect(data.financial?.energy_cost_yearly).toEqual({ current: 3180, potential: 1790 });
    expect(data.financial?.eco_value).toBeUndefined();
    expect(data.financial?.return_on_investment).toBe(5.7);
    expect(data.address).toMatchObject({ house_number: 5, post_code: '1234AB' });
    expect(data.address?.addition).toBeUndefined();
    expect(data.building?.number_of_doors).toBe(2);
    expect(data.building?.inner_surface).toBe(90);
    expect(data.BENG2).toEqual({ current: 312, potential: 118 });
    expect(data.warnings?.[0]?.code).toBe('04');
    expect(data.measures?.wall_insulation?.saving).toBe(410);
    expect(data.measures?.wall_insulation?.BENG2).toBe('18.4');
    expect(data.measures?.wall_insulation?.before?.points).toBeUndefined();
    expect(data.measures?.installation?.before?.value).toBe(4);
    expect(data).toHaveProperty('model_version', '2.3.1');
  });

  it('accepts a label-only answer', () => {
    const data = sustainabilityDelta.output.parse(sustainabilityDeltaFixture.variants[1]);
    expect(data.label.potential).toBe('B');
    expect(data.measures).toBeUndefined();
  });

  it('fails a body without a label', () => {
    const { label: _label, ...rest } = sustainabilityDeltaFixture.response as Record<string, unknown>;
    expect(sustainabilityDelta.output.safeParse(rest).success).toBe(false);
    const empty = sustainabilityDelta.output.safeParse({ ...rest, label: { current: null, potential: '' } });
    expect(messages(empty)).toContain('no energy label');
    expect(sustainabilityDelta.output.safeParse('Unable to check apartment.').success).toBe(false);
  });

  it('apartments Delta: numeric monthly bill and v2 address spelling', () => {
    const data = sustainabilityApartmentsDelta.output.parse(sustainabilityApartmentsDeltaFixture.response);
    expect(data.financial?.energy_cost_monthly).toBe(471);
    expect(data.building?.apartment_type).toBe('Portiekflat');
    const variant = sustainabilityApartmentsDelta.output.parse(
      sustainabilityApartmentsDeltaFixture.variants[0],
    );
    expect(variant.address).toMatchObject({ house_number: 227, post_code: '3024XL', addition: 'B' });
    expect(variant.financial?.total_saving).toBe(640.5);
    expect(variant.financial?.energy_cost_monthly).toEqual({ current: 235, potential: 182 });
    expect(variant.building?.floors).toBe('1');
  });
});

describe('sustainability.delta input', () => {
  it('normalises the address and sends measure levels as integers', () => {
    const input = sustainabilityDelta.input.parse({
      postcode: '1234 ab',
      housenumber: '5',
      houseaddition: ' c',
      wall_insulation: 2,
      target_wall_insulation: '4',
    });
    expect(input).toEqual({
      postcode: '1234AB',
      housenumber: 5,
      houseaddition: 'c',
      wall_insulation: 2,
      target_wall_insulation: 4,
    });
  });

  it('turns a solar panel count into a PV array and sends both VAT spellings', () => {
    const input = sustainabilityDelta.input.parse({
      postcode: '1234AB',
      housenumber: 5,
      solar_panels: 8,
      exclude_vat: true,
    });
    expect(input.solar_panels).toEqual([{ pv_total_watt_peak: 3200 }]);
    expect(input).toMatchObject({ exclude_vat: 1, excluda_vat: 1 });
    expect(sustainabilityDelta.input.parse({ postcode: '1234AB', housenumber: 5 })).not.toHaveProperty(
      'excluda_vat',
    );
  });

  it('rejects a PO-box postcode, level 7 wall insulation and the Swagger placeholder addition', () => {
    const result = sustainabilityDelta.input.safeParse({
      postcode: '1005AB',
      housenumber: 5,
      houseaddition: 'string',
      target_wall_insulation: 7,
    });
    expect(result.success).toBe(false);
    const text = messages(result);
    expect(text).toContain('1005AB');
    expect(text).toContain(
      'target_wall_insulation must be a whole number from 1 to 4 (1 none, 2 moderate, 3 good, 4 very_good)',
    );
    expect(text).toContain('placeholder');
  });

  it('rejects house_type 5 (v1 apartment code) on the v2 houses endpoint', () => {
    const result = sustainabilityDelta.input.safeParse({ postcode: '1234AB', housenumber: 5, house_type: 5 });
    expect(messages(result)).toContain('house_type must be a whole number from 1 to 4');
  });

  it('declares the address spelling and the apartment fallback', () => {
    expect(sustainabilityDelta.address).toEqual({
      postcode: 'postcode',
      housenumber: 'housenumber',
      addition: 'houseaddition',
    });
    expect(sustainabilityDelta.apartmentFallback).toBe('sustainability.apartments.delta');
    expect(sustainability.apartmentFallback).toBe('sustainability.apartments');
    expect(sustainabilityApartmentsDelta.apartmentFallback).toBeUndefined();
  });

  it('apartments Delta accepts roof_insulation and position, but not position 8', () => {
    const input = sustainabilityApartmentsDelta.input.parse(sustainabilityApartmentsDeltaFixture.request);
    expect(input).toMatchObject({ roof_insulation: 2, target_roof_insulation: 4, position: 3 });
    expect(
      sustainabilityApartmentsDelta.input.safeParse({ postcode: '3024XL', housenumber: 227, position: 8 })
        .success,
    ).toBe(false);
  });
});

describe('sustainability advice', () => {
  it('houses: documented body and variant', () => {
    const data = sustainability.output.parse(sustainabilityFixture.response);
    expect(data.financial?.total_saving).toBe(2210);
    expect(data.provided_label?.definitive).toBe('E');
    const variant = sustainability.output.parse(sustainabilityFixture.variants[0]);
    expect(variant.financial?.total_saving).toBe(2210);
    expect(variant.financial?.eco_value).toBeUndefined();
    expect(variant.measures?.floor_insulation?.saving).toBe(320);
    expect(variant.measures?.floor_insulation?.investment).toBe(2865.38);
  });

  it('apartments: housenumber/postcode/houseaddition is the documented spelling there', () => {
    const data = sustainabilityApartments.output.parse(sustainabilityApartmentsFixture.response);
    expect(data.address).toMatchObject({ housenumber: 227, postcode: '3024XL', houseaddition: 'B' });
    expect(data.provided_label?.definitive_beng2).toBe(198);
    const variant = sustainabilityApartments.output.parse(sustainabilityApartmentsFixture.variants[0]);
    expect(variant.address).toMatchObject({ housenumber: 227, postcode: '3024XL', houseaddition: 'B' });
    expect(variant.BENG2).toEqual({ current: 245, potential: 105 });
  });

  it('normalises the target label and rejects one off the scale', () => {
    expect(
      sustainability.input.parse({ postcode: '3581kp', housenumber: 12, target_label: 'a+' }).target_label,
    ).toBe('A+');
    expect(
      messages(sustainability.input.safeParse({ postcode: '3581KP', housenumber: 12, target_label: 'H' })),
    ).toContain('energy label must be one of');
  });
});

describe('sustainability v1', () => {
  it('uses the legacy address names and v1 scale', () => {
    const input = sustainabilityV1.input.parse({
      post_code: '2771 ds',
      house_number: 87,
      house_addition: 'a',
      wall_insulation: 0,
    });
    expect(input).toEqual({ post_code: '2771DS', house_number: 87, house_addition: 'a', wall_insulation: 0 });
    expect(sustainabilityV1.address).toEqual({
      postcode: 'post_code',
      housenumber: 'house_number',
      addition: 'house_addition',
    });
    expect(
      sustainabilityV1.input.safeParse({ post_code: '2771DS', house_number: 87, wall_insulation: 4 }).success,
    ).toBe(false);
  });

  it('parses the documented body and the variant', () => {
    const data = sustainabilityV1.output.parse(sustainabilityV1Fixture.response);
    expect(data.label.potential).toBe('A++++');
    expect(data.financial?.total_saving).toBe(8119.28);
    expect(data.financial?.loan?.monthly_payment).toBe(280);
    expect(data.comfortscore).toEqual({ current: 1, potential: 3 });
    const variant = sustainabilityV1.output.parse(sustainabilityV1Fixture.variants[0]);
    expect(variant.financial?.total_saving).toBe(8119.28);
    expect(variant.financial?.energy_cost_monthly).toBe(681);
    expect(variant.energy_prices?.variable_gas_price).toBe(1.144);
    expect(variant.measures?.installation?.saving).toBe(540);
  });

  it('bag variant validates the BAG id', () => {
    expect(sustainabilityV1Bag.input.parse({ bag_id: ' 0637010000264937 ' })).toEqual({
      bag_id: '0637010000264937',
    });
    expect(sustainabilityV1Bag.input.safeParse({ bag_id: '12345' }).success).toBe(false);
  });
});
