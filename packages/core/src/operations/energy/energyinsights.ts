import { z } from 'zod';
import { defineOperation } from '../define-operation.ts';
import { optNum, optStr, tolerantObject } from '../schema-helpers.ts';
import { orAbsent } from './output-helpers.ts';
import { addressShape, energyLabelInput } from './sustainability-inputs.ts';

/** Market statistics for one stratum; every number arrives as a string ("124.0") [doc]. */
const insights = tolerantObject({
  // A Python tuple rendered as text: label, area type, house type, build period, size class.
  stratification: optStr,
  // Days on the market [inferred from the name].
  mean_sales_duration: optNum,
  median_sales_duration: optNum,
  // € transaction price minus asking price [inferred from the name].
  mean_diff_price: optNum,
  median_diff_price: optNum,
});

const delta = tolerantObject({
  mean_sales_duration: optNum,
  median_sales_duration: optNum,
  mean_diff_price: optNum,
  median_diff_price: optNum,
  mean_diff_price_percentage: optNum,
  median_diff_price_percentage: optNum,
  // Only when the request asks for it with ecovalue = 1.
  ecovalue: optNum,
});

/** What a label change does to sale duration and the transaction-vs-asking-price gap. */
export const energyinsights = defineOperation({
  id: 'energyinsights',
  method: 'POST',
  path: '/energyinsights',
  summary: {
    en: 'Effect of a better energy label on sale time and price',
    nl: 'Effect van een beter energielabel op verkooptijd en prijs',
  },
  docsUrl: 'https://docs.altum.ai/english/sustainability/energylabel-insights-api',
  credits: 1,
  // Market statistics per stratum move slowly.
  cacheTtlMs: 24 * 60 * 60 * 1000,
  address: { postcode: 'postcode', housenumber: 'housenumber', addition: 'houseaddition' },
  input: z.object({
    ...addressShape,
    // Looked up by Altum when omitted (400 when it cannot find one).
    current_energy_label: energyLabelInput.optional(),
    target_energy_label: energyLabelInput,
    ecovalue: z
      .union([z.boolean(), z.literal(0), z.literal(1)])
      .transform((value) => (value === true || value === 1 ? 1 : 0))
      .optional(),
  }),
  // `delta` is the answer; the two strata are context.
  output: tolerantObject({
    current_insights: orAbsent(insights),
    target_insights: orAbsent(insights),
    delta,
  }),
});
