import { z } from 'zod';
import { defineOperation } from '../define-operation.ts';
import { housenumberInput, optNum, postcodeInput, tolerantObject } from '../schema-helpers.ts';
import { currentPotential, orAbsent } from './output-helpers.ts';
import { adviceShape, energyLabelInput, houseAdditionInput, intCode } from './sustainability-inputs.ts';
import { sustainabilityOutput } from './sustainability-output.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const DOCS = 'https://docs.altum.ai/english/apis/sustainability-api';

/** 0/1 flags the legacy API takes as integers; booleans are accepted for convenience. */
const flag = z
  .union([z.boolean(), z.literal(0), z.literal(1)])
  .transform((value) => (value === true || value === 1 ? 1 : 0))
  .optional();

/**
 * Legacy inputs. v1 uses a different measure scale from v2 (wall/floor 0 Geen … 3 Zeer goed [doc]);
 * the scales of the other measures are not in our copies [unknown], so they are only checked to be small
 * non-negative integers. The body is flat with snake_case address names [inferred: the v2 change log
 * mentions an older `data` wrapper for the embed, while the v1 energylabel API takes them flat].
 */
const legacyShape = {
  target_label: energyLabelInput.optional(),
  energylabel_strict: flag,
  // 1 = live EP-Online lookup that fills provided_label.definitive*.
  fetch_definitive_label: flag,
  exclude_measures: adviceShape.exclude_measures,
  build_year: intCode('build_year', 1000, 2100, 'the year the home was built, e.g. 1956'),
  house_type: intCode(
    'house_type',
    1,
    5,
    '1 semi-detached, 2 corner, 3 terraced, 4 detached, 5 apartment (v1 order)',
  ),
  inner_surface_area: z.coerce.number().min(0).max(10_000).optional(),
  wall_insulation: intCode('wall_insulation', 0, 3, 'v1 scale: 0 none, 1 moderate, 2 good, 3 very good'),
  floor_insulation: intCode('floor_insulation', 0, 3, 'v1 scale: 0 none, 1 moderate, 2 good, 3 very good'),
  roof_insulation: intCode('roof_insulation', 0, 9, 'v1 level'),
  living_room_windows: intCode('living_room_windows', 0, 9, 'v1 level'),
  bedroom_windows: intCode('bedroom_windows', 0, 9, 'v1 level'),
  installation: intCode('installation', 0, 20, 'v1 installation code'),
  ventilation: intCode('ventilation', 0, 9, 'v1 level'),
  shower: intCode('shower', 0, 9, 'v1 level'),
  solar_panels: z.coerce.number().min(0).max(10_000).optional(),
  inhabitants: intCode('inhabitants', 1, 20, 'number of residents'),
};

/** The v1 body: the v2 skeleton plus legacy blocks (energyindex, ELG, comfortscore, energy_prices). */
const legacyOutput = sustainabilityOutput('snake', {
  comfortscore: orAbsent(currentPotential),
  energy_prices: orAbsent(
    tolerantObject({
      variable_gas_price: optNum,
      variable_electricity_price: optNum,
      solarpanel_watt_peak_per_m2: optNum,
    }),
  ),
});

/** Legacy sustainability advice by address; prefer `sustainability` (v2) for new work. */
export const sustainabilityV1 = defineOperation({
  id: 'sustainability.v1',
  method: 'POST',
  path: '/sustainability',
  summary: { en: 'Sustainability advice (legacy v1)', nl: 'Verduurzamingsadvies (oude v1)' },
  docsUrl: DOCS,
  credits: 1,
  cacheTtlMs: DAY_MS,
  address: { postcode: 'post_code', housenumber: 'house_number', addition: 'house_addition' },
  input: z.object({
    post_code: postcodeInput,
    house_number: housenumberInput,
    house_addition: houseAdditionInput,
    ...legacyShape,
  }),
  output: legacyOutput,
});

/** Legacy sustainability advice by BAG id (`GET /sustainability_bagid?bag_id=`, 14–16 characters [doc]). */
export const sustainabilityV1Bag = defineOperation({
  id: 'sustainability.v1.bag',
  method: 'GET',
  path: '/sustainability_bagid',
  summary: {
    en: 'Sustainability advice by BAG id (legacy v1)',
    nl: 'Verduurzamingsadvies op BAG-id (oude v1)',
  },
  docsUrl: DOCS,
  credits: 1,
  cacheTtlMs: DAY_MS,
  input: z.object({
    bag_id: z
      .string({ error: 'bag_id is required, e.g. 0363010000688380' })
      .trim()
      .regex(/^\d{14,16}$/, 'bag_id must be 14 to 16 digits, e.g. 0363010000688380'),
  }),
  output: legacyOutput,
});
