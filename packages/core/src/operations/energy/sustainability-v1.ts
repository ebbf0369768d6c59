import { z } from 'zod';
import { SNAKE_CASE_FIELDS, snakeCaseAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { energyLabelInput, optNum, orAbsent, tolerantObject } from '../schema-helpers.ts';
import { currentPotential } from './output-helpers.ts';
import { adviceShape, intCode, zeroOneFlag } from './sustainability-inputs.ts';
import { sustainabilityOutput } from './sustainability-output.ts';

const DOCS = 'https://docs.altum.ai/english/apis/sustainability-api';

/**
 * Legacy inputs. v1 uses a different measure scale from v2 (wall/floor 0 Geen … 3 Zeer goed [doc]);
 * the scales of the other measures are not in our copies [unknown], so they are only checked to be small
 * non-negative integers. The body is flat with snake_case address names [inferred: the v2 change log
 * mentions an older `data` wrapper for the embed, while the v1 energylabel API takes them flat].
 */
const legacyShape = {
  target_label: energyLabelInput.optional(),
  // 0/1 flags the legacy API takes as integers; booleans are accepted for convenience.
  energylabel_strict: zeroOneFlag.optional(),
  // 1 = live EP-Online lookup that fills provided_label.definitive*.
  fetch_definitive_label: zeroOneFlag.optional(),
  exclude_measures: adviceShape.exclude_measures,
  // v1 scale: 0 lowest investment, 1 lowest energy cost, 2 highest return (default), 3 highest BARe,
  // 4 lowest BENG2 (https://docs.altum.ai/english/sustainability/sustainability-api/search-criteria).
  search_criteria: intCode(
    'search_criteria',
    0,
    4,
    '0 lowest investment, 1 lowest energy cost, 2 highest return, 3 highest BARe, 4 lowest BENG2',
  ),
  max_investment: adviceShape.max_investment,
  // Custom energy prices by cost-table code, e.g. {"code": 2, "value": 1.79808} (…/increasing-energy-costs).
  custom_costs: z.array(z.strictObject({ code: z.number().int().min(0), value: z.number() })).optional(),
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
  cacheTtlMs: ONE_DAY_MS,
  address: SNAKE_CASE_FIELDS,
  input: z.strictObject({ ...snakeCaseAddress, ...legacyShape }),
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
  cacheTtlMs: ONE_DAY_MS,
  input: z.strictObject({
    bag_id: z
      .string({ error: 'bag_id is required, e.g. 0363010000688380' })
      .trim()
      .regex(/^\d{14,16}$/, 'bag_id must be 14 to 16 digits, e.g. 0363010000688380'),
  }),
  output: legacyOutput,
});
