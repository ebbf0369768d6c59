import { z } from 'zod';
import { HOUSEADDITION_FIELDS } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import {
  adviceShape,
  apartmentLevelKeys,
  apartmentRequestShape,
  houseLevelKeys,
  houseRequestShape,
  targetShape,
  zeroOneFlag,
} from './sustainability-inputs.ts';
import { sustainabilityOutput } from './sustainability-output.ts';

/**
 * VAT flag of the Delta. The docs spell it `excluda_vat` (boolean; 0 = VAT included, 1 = excluded),
 * almost certainly a typo for `exclude_vat` (unverified). Callers may use either name; Altum ignores
 * unknown fields, so we send both spellings with the same value and one of them lands.
 * https://docs.altum.ai/english/sustainability/sustainability-api-v2-delta/authentication-input-and-response
 */
const deltaExtras = {
  exclude_vat: zeroOneFlag.optional(),
  excluda_vat: zeroOneFlag.optional(),
  // Current parameters the model may not change; the doc text is cut off, so items stay loose [doc, partial].
  lock_measures: z.array(z.union([z.string(), z.number()])).optional(),
  cost_indicators: adviceShape.cost_indicators,
};

function withVatSpellings<T extends { exclude_vat?: 0 | 1 | undefined; excluda_vat?: 0 | 1 | undefined }>(
  value: T,
) {
  const vat = value.exclude_vat ?? value.excluda_vat;
  return vat === undefined ? value : { ...value, exclude_vat: vat, excluda_vat: vat };
}

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
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  // Altum answers 301 "Unable to check apartment" for apartments on the house endpoints [inferred for Delta].
  apartmentFallback: 'sustainability.apartments.delta',
  input: z
    .strictObject({
      ...houseRequestShape,
      ...targetShape(houseLevelKeys),
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
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z
    .strictObject({
      ...apartmentRequestShape,
      // target_cooling / target_electric_cooking are documented for houses; for apartments the table is cut [inferred].
      ...targetShape(apartmentLevelKeys),
      ...deltaExtras,
    })
    .transform(withVatSpellings),
  // The output page uses house_number/post_code/addition like the houses Delta [doc].
  output: sustainabilityOutput('snake'),
});
