import { describe, expect, it } from 'vitest';
import { energyinsightsFixture } from '../../../../testkit/src/fixtures/energy/energyinsights.ts';
import { geometryFixture } from '../../../../testkit/src/fixtures/energy/geometry.ts';
import { energyFixtures } from '../../../../testkit/src/fixtures/energy/index.ts';
import { roofscanFixture } from '../../../../testkit/src/fixtures/energy/roofscan.ts';
import { subsidyFixture } from '../../../../testkit/src/fixtures/energy/subsidy.ts';
import { energyinsights } from './energyinsights.ts';
import { geometry } from './geometry.ts';
import { energyOperations } from './index.ts';
import { roofscan } from './roofscan.ts';
import { subsidy } from './subsidy.ts';

describe('every energy operation', () => {
  it('has exactly one fixture whose request, response and variants parse', () => {
    expect(energyFixtures.map((f) => f.operationId).sort()).toEqual(
      energyOperations.map((op) => op.id).sort(),
    );
    for (const op of energyOperations) {
      const fixture = energyFixtures.find((f) => f.operationId === op.id);
      if (!fixture) throw new Error(`no fixture for ${op.id}`);
      expect(op.input.safeParse(fixture.request).success, `${op.id} request`).toBe(true);
      expect(fixture.variants.length, `${op.id} variants`).toBeGreaterThan(0);
      for (const body of [fixture.response, ...fixture.variants]) {
        const result = op.output.safeParse(body);
        expect(result.success, `${op.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
      // Operations that look up an address declare how that endpoint spells it.
      if (fixture.addressLookup) expect(op.address, op.id).toBeDefined();
      expect(op.credits).toBe(1);
      expect(op.docsUrl).toMatch(/^https:\/\/docs\.altum\.ai\//);
    }
  });
});

describe('energyinsights', () => {
  it('turns the documented string numbers into numbers', () => {
    const data = energyinsights.output.parse(energyinsightsFixture.response);
    expect(data.delta.mean_diff_price).toBe(41108);
    expect(data.delta.ecovalue).toBe(12872);
    expect(data.current_insights?.median_sales_duration).toBe(144);
    expect(data.target_insights?.mean_diff_price).toBe(-12375);
  });

  it('parses the variant and fails without delta', () => {
    const data = energyinsights.output.parse(energyinsightsFixture.variants[0]);
    expect(data.delta.median_diff_price).toBe(59250);
    expect(data.delta.ecovalue).toBeUndefined();
    expect(data.current_insights).toBeUndefined();
    expect(energyinsights.output.safeParse({ current_insights: {} }).success).toBe(false);
  });

  it('needs a target label and normalises both', () => {
    expect(
      energyinsights.input.parse({
        postcode: '3941 zk',
        housenumber: 9,
        target_energy_label: 'a+++',
        ecovalue: true,
      }),
    ).toEqual({ postcode: '3941ZK', housenumber: 9, target_energy_label: 'A+++', ecovalue: 1 });
    expect(energyinsights.input.safeParse({ postcode: '3941ZK', housenumber: 9 }).success).toBe(false);
  });
});

describe('subsidy', () => {
  it('sends the postcode as its page writes it ("3511 AA") and validates limit and level', () => {
    expect(subsidy.input.parse({ postcode: '3511aa' })).toEqual({ postcode: '3511 AA' });
    expect(subsidy.input.safeParse({ postcode: '1005 AB' }).success).toBe(false);
    expect(subsidy.input.safeParse({ postcode: '3511AA', limit: 500 }).success).toBe(false);
    expect(subsidy.input.safeParse({ postcode: '3511AA', level: ['city'] }).success).toBe(false);
  });

  it('keeps the undocumented body as sent, but refuses a non-object', () => {
    const data = subsidy.output.parse(subsidyFixture.variants[0]);
    expect(data).toHaveProperty('extra', 'kept');
    expect(subsidy.output.safeParse('Invalid postcode').success).toBe(false);
  });
});

describe('geometry', () => {
  it('parses the documented body; an empty wall area becomes absent', () => {
    const data = geometry.output.parse(geometryFixture.response);
    expect(data.Output.ground_surface?.ground_area).toBe(58.59);
    expect(data.Output.wall_surface?.surfaces?.[1]?.area).toBeUndefined();
    expect(data.Output.address?.bag_id).toBe('0637010000264937');
  });

  it('wraps a flat variant and coerces strings', () => {
    const data = geometry.output.parse(geometryFixture.variants[0]);
    expect(data.Output.address).toMatchObject({ postcode: '2728KH', housenumber: 5, number_of_floors: 2 });
    expect(data.Output.roof_surface?.surfaces?.[0]?.area).toBe(58.59);
    expect(data.Output.wall_surface).toBeUndefined();
  });

  it('fails without any surface', () => {
    expect(geometry.output.safeParse({ Output: { address: { postcode: '2728KH' } } }).success).toBe(false);
  });
});

describe('roofscan', () => {
  it('sends the house number as a string and the letter as huisletter', () => {
    expect(roofscan.input.parse({ postcode: '2728 kh', housenumber: 5, huisletter: 'a' })).toEqual({
      postcode: '2728KH',
      housenumber: '5',
      huisletter: 'a',
      roof_geometry: true,
      image_source: 'auto',
    });
    expect(roofscan.address).toEqual({
      postcode: 'postcode',
      housenumber: 'housenumber',
      addition: 'huisletter',
    });
    expect(
      roofscan.input.safeParse({ postcode: '2728KH', housenumber: 5, image_source: 'bing' }).success,
    ).toBe(false);
  });

  it('parses string counts, fills a missing count from detections, and fails with neither', () => {
    const variant = roofscan.output.parse(roofscanFixture.variants[0]);
    expect(variant.num_panels_detected).toBe(12);
    expect(variant.housenumber).toBe('5');
    expect(variant.detections?.[0]?.confidence).toBe(0.88);
    expect(variant.detections?.[0]?.bbox?.x1).toBe(112);
    expect(roofscan.output.parse(roofscanFixture.variants[1]).num_panels_detected).toBe(1);
    expect(roofscan.output.safeParse({ postcode: '2728KH', housenumber: '5' }).success).toBe(false);
  });
});
