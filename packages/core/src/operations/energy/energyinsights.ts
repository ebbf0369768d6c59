import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { energyLabelInput, optNum, optStr, orAbsent, tolerantObject } from '../schema-helpers.ts';
import { zeroOneFlag } from './sustainability-inputs.ts';

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
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({
    ...houseadditionAddress,
    // Looked up by Altum when omitted (400 when it cannot find one).
    current_energy_label: energyLabelInput.optional(),
    target_energy_label: energyLabelInput,
    ecovalue: zeroOneFlag.optional(),
  }),
  // `delta` is the answer; the two strata are context.
  output: tolerantObject({
    current_insights: orAbsent(insights),
    target_insights: orAbsent(insights),
    delta,
  }),
});
