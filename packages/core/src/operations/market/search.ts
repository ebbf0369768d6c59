import { z } from 'zod';
import { ONE_HOUR_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optNum, optStr, postcodeInput, tolerantObject } from '../schema-helpers.ts';

/** A list, also when it arrives wrapped (`{"Output": [...]}`, `{"results": [...]}`); anything else fails. */
export function unwrapList(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  for (const key of ['Output', 'output', 'results', 'suggestions', 'data']) {
    if (Array.isArray(record[key])) return record[key];
  }
  return value;
}

const listing = tolerantObject(
  {
    postcode: optStr,
    housenumber: optNum,
    houseaddition: optStr,
    city: optStr,
    street: optStr,
    province: optStr,
    asking_price: optNum,
    /** `dd/mm/yy`. */
    date_listed: optStr,
    image: optStr,
    /** `Available`, `Sold subject to conditions`, `Under offer`, `Optioned`, `Sold`, … */
    market_status: optStr,
  },
  {
    askingprice: 'asking_price',
    AskingPrice: 'asking_price',
    datelisted: 'date_listed',
    status: 'market_status',
  },
);

/**
 * Current listings in a postcode. The English page says `sort=date|relevance`, the Dutch page
 * `datum|relevantie`, and public code sends `datum` [doc conflict]; all four are passed through.
 * https://docs.altum.ai/english/property-data/autosearch-api/authentication-input-and-response
 */
export const autosearch = defineOperation({
  id: 'autosearch',
  method: 'GET',
  path: '/autosearch',
  summary: { en: 'Listings in a postcode', nl: 'Aanbod in een postcode' },
  docsUrl: 'https://docs.altum.ai/english/property-data/autosearch-api/authentication-input-and-response',
  credits: 1,
  // Listings move daily; an hour keeps a busy channel from paying twice.
  cacheTtlMs: ONE_HOUR_MS,
  input: z.strictObject({
    search: postcodeInput,
    sort: z
      .enum(['date', 'relevance', 'datum', 'relevantie'], { error: 'sort must be date or relevance' })
      .optional(),
    limit: z.coerce
      .number()
      .int()
      .min(1, 'limit must be 1 or more')
      .max(1000, 'limit is at most 1000')
      .optional(),
  }),
  // An empty list is a valid answer: nothing listed in that postcode.
  output: z.preprocess(unwrapList, z.array(listing, { error: 'response is not a list of listings' })),
});
