import { z } from 'zod';
import { defineOperation } from '../define-operation.ts';
import {
  addressShape,
  adviceShape,
  apartmentLevelKeys,
  apartmentShape,
  houseLevelKeys,
  houseShape,
  levelShape,
  targetShape,
  usageShape,
} from './sustainability-inputs.ts';
import { sustainabilityOutput } from './sustainability-output.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * VAT flag of the Delta. The docs spell it `excluda_vat` (almost certainly a typo for `exclude_vat`,
 * unverified); Altum ignores unknown fields, so we send both spellings and one of them lands.
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2-delta/authentication-input-and-response
 */
const deltaExtras = {
  exclude_vat: z
    .union([z.boolean(), z.literal(0), z.literal(1)])
    .transform((value) => (value === true || value === 1 ? 1 : 0))
    .optional(),
  // Current parameters the model may not change; the doc text is cut off, so items stay loose [doc, partial].
  lock_measures: z.array(z.union([z.string(), z.number()])).optional(),
  cost_indicators: adviceShape.cost_indicators,
};

function withVatSpellings<T extends { exclude_vat?: 0 | 1 | undefined }>(value: T) {
  return value.exclude_vat === undefined ? value : { ...value, excluda_vat: value.exclude_vat };
}

const addressFields = {
  postcode: 'postcode',
  housenumber: 'housenumber',
  addition: 'houseaddition',
} as const;

/** What-if for a house: the chosen `target_*` measures → label, investment, savings and value change. */
export const sustainabilityDelta = defineOperation({
  id: 'sustainability.delta',
  method: 'POST',
  path: '/v2/sustainability/delta',
  summary: {
    en: 'What-if for a house: chosen measures → label, cost, savings and value',
    nl: 'Wat-als voor een woning: gekozen maatregelen → label, kosten, besparing en waarde',
  },
  docsUrl: 'https://docs.altum.ai/english/sustainability/sustainability-api-v2-delta',
  credits: 1,
  // Same input, same model answer; a day keeps repeated what-ifs free while price tables stay current.
  cacheTtlMs: DAY_MS,
  address: addressFields,
  // Altum answers 301 "Unable to check apartment" for apartments on the house endpoints [inferred for Delta].
  apartmentFallback: 'sustainability.apartments.delta',
  input: z
    .object({
      ...addressShape,
      ...houseShape,
      ...levelShape(houseLevelKeys),
      ...targetShape(houseLevelKeys),
      ...usageShape,
      ...deltaExtras,
    })
    .transform(withVatSpellings),
  output: sustainabilityOutput('snake'),
});

/** What-if for an apartment; request takes the union of both documented field sets (roof_insulation and sloped/flat). */
export const sustainabilityApartmentsDelta = defineOperation({
  id: 'sustainability.apartments.delta',
  method: 'POST',
  path: '/v2/sustainability/apartments/delta',
  summary: {
    en: 'What-if for an apartment: chosen measures → label, cost, savings and value',
    nl: 'Wat-als voor een appartement: gekozen maatregelen → label, kosten, besparing en waarde',
  },
  docsUrl: 'https://docs.altum.ai/english/sustainability/sustainability-api-v2-apartments-delta',
  credits: 1,
  cacheTtlMs: DAY_MS,
  address: addressFields,
  input: z
    .object({
      ...addressShape,
      ...apartmentShape,
      ...levelShape(apartmentLevelKeys),
      // target_cooling / target_electric_cooking are documented for houses; for apartments the table is cut [inferred].
      ...targetShape(apartmentLevelKeys),
      ...usageShape,
      ...deltaExtras,
    })
    .transform(withVatSpellings),
  // The output page uses house_number/post_code/addition like the houses Delta [doc].
  output: sustainabilityOutput('snake'),
});
