import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optNum, optStr, tolerantObject, wrapIfFlat } from '../schema-helpers.ts';
import { areaInput, bagIdOutput, requiredNumber, valuationDateInput } from './market-fields.ts';

/**
 * The 200 body of this deprecated API is not in our copy of the docs [unknown]. We assume the AVM
 * family's shape (`Output`, PascalCase, numeric strings) with the price as `ListingPrice`, and fold
 * every plausible price spelling onto it; only a body with no price at all fails.
 */
const listingPriceFields = tolerantObject(
  {
    BagID: bagIdOutput,
    PostCode: optStr,
    HouseNumber: optNum,
    HouseAddition: optStr,
    City: optStr,
    Street: optStr,
    HouseType: optStr,
    InnerSurfaceArea: optNum,
    OuterSurfaceArea: optNum,
    ValuationDate: optStr,
    ListingPrice: requiredNumber('ListingPrice'),
  },
  {
    listingprice: 'ListingPrice',
    listing_price: 'ListingPrice',
    ListPrice: 'ListingPrice',
    PriceEstimation: 'ListingPrice',
    priceestimation: 'ListingPrice',
    price_estimation: 'ListingPrice',
  },
);

const PRICE_KEYS = [
  'ListingPrice',
  'listingprice',
  'listing_price',
  'ListPrice',
  'PriceEstimation',
  'price_estimation',
];

/**
 * Expected asking price. Deprecated by Altum (existing integrations keep working); prefer `avm`.
 * https://docs.altum.ai/english/property-valuation-and-market/listing-price-api/authentication-input-and-response
 */
export const listingprice = defineOperation({
  id: 'listingprice',
  method: 'POST',
  path: '/listingprice',
  summary: { en: 'Expected asking price (deprecated API)', nl: 'Verwachte vraagprijs (verouderde API)' },
  docsUrl:
    'https://docs.altum.ai/english/property-valuation-and-market/listing-price-api/authentication-input-and-response',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({
    ...houseadditionAddress,
    valuation_date: valuationDateInput.optional(),
    innersurfacearea: areaInput.optional(),
    outersurfacearea: areaInput.optional(),
  }),
  output: z.preprocess(wrapIfFlat('Output', PRICE_KEYS), z.looseObject({ Output: listingPriceFields })),
});
