import { placeForPostcode } from '../../demo/demo-places.ts';

type Scheme = Record<string, unknown>;

const schemes = (value: unknown): Scheme[] => (Array.isArray(value) ? (value as Scheme[]) : []);

/**
 * Subsidies for a postcode: the national schemes as recorded, the provincial and municipal ones
 * named after the postcode's own province and municipality.
 */
export function subsidyFor(body: Record<string, unknown>, postcode: string): Record<string, unknown> {
  const place = placeForPostcode(postcode);
  return {
    ...body,
    province: schemes(body.province).map((s) => ({
      ...s,
      name: `Provinciale duurzaamheidslening ${place.province}`,
    })),
    municipality: schemes(body.municipality).map((s) => ({
      ...s,
      name: `Duurzaamheidslening gemeente ${place.municipality}`,
    })),
  };
}
