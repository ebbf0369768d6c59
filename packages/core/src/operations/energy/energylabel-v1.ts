import { z } from 'zod';
import { SNAKE_CASE_FIELDS, snakeCaseAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { wrapIfFlat } from '../schema-helpers.ts';
import { energylabelV1Block } from './energylabel-output.ts';
import { amount, intCode } from './sustainability-inputs.ts';

const DOCS =
  'https://docs.altum.ai/english/sustainability/nta-8800-energylabel-api/authentication-input-and-response';

/**
 * Legacy inputs. Measure scales of v1 are not in our copies [unknown] (the docs example sends
 * installation 1 and wall insulation 3), so levels are only checked to be small non-negative integers.
 */
const legacyShape = {
  inner_surface_area: amount('inner_surface_area', 'm²', 10_000),
  build_year: intCode('build_year', 1000, 2100, 'the year the home was built, e.g. 1956'),
  // v1 order, unlike v2.
  house_type: intCode('house_type', 1, 5, '1 semi-detached, 2 corner, 3 terraced, 4 detached, 5 apartment'),
  installation: intCode('installation', 0, 20, 'v1 installation code'),
  wall_insulation: intCode('wall_insulation', 0, 9, 'v1 level'),
  roof_insulation: intCode('roof_insulation', 0, 9, 'v1 level'),
  floor_insulation: intCode('floor_insulation', 0, 9, 'v1 level'),
  living_room_windows: intCode('living_room_windows', 0, 9, 'v1 level'),
  bedroom_windows: intCode('bedroom_windows', 0, 9, 'v1 level'),
  // Documented as a boolean: shower heat recovery present.
  shower: z.boolean().optional(),
  ventilation: intCode('ventilation', 0, 9, 'v1 level'),
  // m² of panels, or total W when watt_panels = 0.
  solar_panels: amount('solar_panels', 'm² (or W)', 100_000),
  solarpanel_watt_peak: amount('solarpanel_watt_peak', 'Wp per m²', 1_000),
  watt_panels: z.boolean().optional(),
  inhabitants: intCode('inhabitants', 1, 20, 'number of residents'),
};

/** The v1 answer wraps everything in `Output`; a flat body is wrapped so both parse the same. */
const output = z.preprocess(wrapIfFlat('Output'), z.looseObject({ Output: energylabelV1Block }));

/** Legacy estimated NTA 8800 label by address. */
export const energylabelV1 = defineOperation({
  id: 'energylabel.v1',
  method: 'POST',
  path: '/energylabel',
  summary: { en: 'Estimated energy label (legacy v1)', nl: 'Geschat energielabel (oude v1)' },
  docsUrl: DOCS,
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: SNAKE_CASE_FIELDS,
  input: z.strictObject({ ...snakeCaseAddress, ...legacyShape }),
  output,
});

/** Legacy estimated NTA 8800 label by 16-digit BAG id instead of an address. */
export const energylabelV1Bag = defineOperation({
  id: 'energylabel.v1.bag',
  method: 'POST',
  path: '/energylabel/bag',
  summary: {
    en: 'Estimated energy label by BAG id (legacy v1)',
    nl: 'Geschat energielabel op BAG-id (oude v1)',
  },
  docsUrl: DOCS,
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  input: z.strictObject({
    bag_id: z
      .string({ error: 'bag_id is required, e.g. 0363010000688380' })
      .trim()
      .regex(/^\d{16}$/, 'bag_id must be 16 digits, e.g. 0363010000688380'),
    ...legacyShape,
  }),
  output,
});
