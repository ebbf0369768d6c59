import { z } from 'zod';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { ENERGY_LABELS } from '../schema-helpers.ts';
import { unwrapIfWrapped } from './market-fields.ts';

const nonNegative = z.number().min(0, 'must be 0 or more');

/** A room or kitchen; the docs list more sub-fields than we type, so the rest passes through. */
const space = z.looseObject({
  type_of_room: z.enum(['room', 'other'], { error: "type_of_room must be 'room' or 'other'" }).optional(),
  surface_area: nonNegative.optional(),
  shared_addresses: z.number().int().min(1, 'shared_addresses must be 1 or more').optional(),
  heated: z.boolean().optional(),
  cooled: z.boolean().optional(),
});

/**
 * Rent points (woningwaarderingsstelsel) under the 01-01-2025 rules for a self-contained home. The
 * request is a description of the home, not an address; the docs table is cut (parking, sanitary …),
 * so unknown fields pass through to Altum, which validates them (422, no credit). The response shape
 * is not in our copy [unknown]: any non-empty object is accepted and kept as is.
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
  input: z.looseObject({
    house_type: z
      .enum(['Eengezinswoning', 'Meergezinswoning', 'Duplexwoning'], {
        error: 'house_type must be Eengezinswoning, Meergezinswoning or Duplexwoning',
      })
      .optional(),
    build_year: z.number().int().min(1000).optional(),
    energy_label: z
      .enum([...ENERGY_LABELS, ''], { error: 'energy_label must be A++++ … G or empty' })
      .optional(),
    energy_index_existence: z.boolean().optional(),
    energy_index: nonNegative.optional(),
    energy_performance_compensation: z.boolean().optional(),
    disability_costs: nonNegative.optional(),
    disabled_people: z.number().int().min(0).optional(),
    // Dutch page: nationaal/gemeentelijk/provinciaal; English page: national/municipal/provincial [doc conflict].
    monument: z
      .enum(['nationaal', 'gemeentelijk', 'provinciaal', 'national', 'municipal', 'provincial', ''])
      .optional(),
    doorbell: z.boolean().optional(),
    woz_value: nonNegative.optional(),
    woz_valuation_year: z.number().int().min(2000).optional(),
    usable_surface_area: nonNegative.optional(),
    corop_area_amsterdam_or_utrecht: z.boolean().optional(),
    care_home: z.boolean().optional(),
    rooms: z.array(space).optional(),
    kitchen: z
      .array(
        space.extend({ open_kitchen: z.boolean().optional(), countertop_length: nonNegative.optional() }),
      )
      .optional(),
  }),
  output: z.preprocess(
    unwrapIfWrapped,
    z
      .record(z.string(), z.unknown())
      .refine((body) => Object.keys(body).length > 0, 'response is empty')
      .refine((body) => typeof body.Output !== 'string', 'a text Output is an error message, not points'),
  ),
});
