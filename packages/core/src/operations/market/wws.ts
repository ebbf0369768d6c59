import { z } from 'zod';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { ENERGY_LABELS } from '../schema-helpers.ts';
import { unwrapIfWrapped } from './market-fields.ts';

const nonNegative = z.number().min(0, 'must be 0 or more');

/** A room (`rooms[]`), as the Dutch 01-01-2025 page lists its fields. */
const room = z.strictObject({
  type_of_room: z.enum(['room', 'other'], { error: "type_of_room must be 'room' or 'other'" }).optional(),
  surface_area: nonNegative.optional(),
  shared_addresses: z.number().int().min(1, 'shared_addresses must be 1 or more').optional(),
  heated: z.boolean().optional(),
  cooled: z.boolean().optional(),
  attic_without_fixed_staircase: z.boolean().optional(),
});

const kitchen = room.omit({ attic_without_fixed_staircase: true }).extend({
  open_kitchen: z.boolean().optional(),
  countertop_length: nonNegative.optional(),
  // "boolean/integer flags per feature, 1 when present"; the feature names are past our copy [unknown].
  kitchen_features: z.record(z.string(), z.union([z.boolean(), z.number()])).optional(),
});

/**
 * Blocks whose fields lie past the end of our copies of the docs (sanitary, toilet, outdoor, parking)
 * [unknown], a list in the 2026 table and not shown for 2025: objects, passed on as given for Altum to
 * validate (422, no credit).
 */
const cutItem = z.record(z.string(), z.unknown());
const cutBlock = z.union([z.array(cutItem), cutItem]).optional();

const energyLabel = z
  .enum([...ENERGY_LABELS, ''], { error: 'energy_label must be A++++ … G or empty' })
  .optional();

/** Root fields both rule sets share. */
const commonRoot = {
  house_type: z
    .enum(['Eengezinswoning', 'Meergezinswoning', 'Duplexwoning'], {
      error: 'house_type must be Eengezinswoning, Meergezinswoning or Duplexwoning',
    })
    .optional(),
  build_year: z.number().int().min(1000).optional(),
  energy_label: energyLabel,
  energy_index_existence: z.boolean().optional(),
  energy_index: nonNegative.optional(),
  energy_performance_compensation: z.boolean().optional(),
  disability_costs: nonNegative.optional(),
  doorbell: z.boolean().optional(),
  woz_value: nonNegative.optional(),
  woz_valuation_year: z.number().int().min(2000).optional(),
  usable_surface_area: nonNegative.optional(),
  care_home: z.boolean().optional(),
  rooms: z.array(room).optional(),
  kitchen: z.array(kitchen).optional(),
  sanitary: cutBlock,
  toilet: cutBlock,
  outdoor: cutBlock,
  parking: cutBlock,
};

/** 200 body: `total_wws_points` and `points_per_component` (old /wws page); kept whole as sent. */
const wwsOutput = z.preprocess(
  unwrapIfWrapped,
  z
    .record(z.string(), z.unknown())
    .refine((body) => Object.keys(body).length > 0, 'response is empty')
    .refine((body) => typeof body.Output !== 'string', 'a text Output is an error message, not points'),
);

/**
 * Rent points (woningwaarderingsstelsel) under the 01-01-2025 rules for a self-contained home. The
 * request describes the home, not an address. Root fields are the union of the English and Dutch
 * pages; a field past the end of our copies is refused before sending with its name, never dropped.
 * https://docs.altum.ai/english/financing/wws-points-api/authentication-input-and-response
 */
export const wws = defineOperation({
  id: 'wws',
  method: 'POST',
  path: '/wws/01012025',
  summary: { en: 'Rent points (WWS 2025)', nl: 'WWS-punten (2025)' },
  docsUrl: 'https://docs.altum.ai/english/financing/wws-points-api/authentication-input-and-response',
  credits: 1,
  // A pure calculation over the input: identical input, identical answer.
  cacheTtlMs: ONE_DAY_MS,
  input: z.strictObject({
    ...commonRoot,
    disabled_people: z.number().int().min(0).optional(),
    // Dutch page: nationaal/gemeentelijk/provinciaal; English page: national/municipal/provincial [doc conflict].
    monument: z
      .enum(['nationaal', 'gemeentelijk', 'provinciaal', 'national', 'municipal', 'provincial', ''])
      .optional(),
    corop_area_amsterdam_or_utrecht: z.boolean().optional(),
  }),
  output: wwsOutput,
});

/**
 * The same for the 01-01-2026 rules, a separate endpoint. Four root fields are required there
 * (house_type, build_year, woz_valuation_year 2024–2026, the COROP flag), and the page spells the flag
 * `corop_area_amsterdam_or_utrecth`; we send that documented spelling, and accept the 2025 spelling
 * from callers and rename it, so one mistake in the docs does not become a 422.
 * https://docs.altum.ai/english/financing/wws-points-api/specifications-for-independent-home-version-01-01-2026
 */
export const wws2026 = defineOperation({
  id: 'wws.2026',
  method: 'POST',
  path: '/wws/01012026',
  summary: { en: 'Rent points (WWS 2026)', nl: 'WWS-punten (2026)' },
  docsUrl:
    'https://docs.altum.ai/english/financing/wws-points-api/specifications-for-independent-home-version-01-01-2026',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  input: z
    .strictObject({
      ...commonRoot,
      house_type: commonRoot.house_type.unwrap(),
      build_year: z.number().int().min(1000),
      woz_valuation_year: z
        .number()
        .int()
        .min(2024, 'woz_valuation_year is 2024, 2025 or 2026')
        .max(2026, 'woz_valuation_year is 2024, 2025 or 2026'),
      corop_area_amsterdam_or_utrecth: z.boolean().optional(),
      corop_area_amsterdam_or_utrecht: z.boolean().optional(),
      contract_start_date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'contract_start_date is YYYY-MM-DD, e.g. 2026-02-01')
        .optional(),
      monument: z.enum(['national', 'municipal', 'provincial', '']).optional(),
    })
    .refine(
      (value) =>
        value.corop_area_amsterdam_or_utrecth !== undefined ||
        value.corop_area_amsterdam_or_utrecht !== undefined,
      {
        message: 'corop_area_amsterdam_or_utrecth is required (true or false)',
        path: ['corop_area_amsterdam_or_utrecth'],
      },
    )
    .transform(({ corop_area_amsterdam_or_utrecht, ...rest }) => ({
      ...rest,
      corop_area_amsterdam_or_utrecth:
        rest.corop_area_amsterdam_or_utrecth ?? corop_area_amsterdam_or_utrecht,
    })),
  output: wwsOutput,
});
