import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { energyLabelInput, optNum, optStr, orAbsent, tolerantObject } from '../schema-helpers.ts';
import {
  AVM_HOUSE_TYPES,
  areaInput,
  buildYearInput,
  dateLimitInput,
  flagInput,
  houseTypeInputOf,
  valuationDateInput,
  weightInput,
} from './market-fields.ts';

/** Prices here are ranges as text (`"350000-375000"`, sometimes reversed); read them with `parsePriceRange`. */
const priceRangeText = optStr;

const referenceHouse = tolerantObject(
  {
    PostCode: optStr,
    HouseNumber: optNum,
    HouseAddition: optStr,
    Street: optStr,
    City: optStr,
    BuurtCode: optStr,
    WijkCode: optStr,
    HouseType: optStr,
    BuildYear: optNum,
    InnerSurfaceArea: optNum,
    OuterSurfaceArea: optNum,
    Volume: optNum,
    DefinitiveEnergyLabel: optStr,
    Longitude: optNum,
    Latitude: optNum,
    /** `YYYYMM`. */
    Transactiondate: optNum,
    TransactionPrice: priceRangeText,
    IndexedTransactionPrice: priceRangeText,
    PriceIndex: optNum,
    /** Metres from the target. */
    Distance: optNum,
    VisualSimilarityScore: optNum,
    Weight: optNum,
    Image: optStr,
    Source: optStr,
  },
  { TransactionDate: 'Transactiondate' },
);

const referenceData = tolerantObject({
  ReferencePriceMean: priceRangeText,
  // The list is what the call is for: without it the answer is not usable.
  ReferenceHouses: z.array(referenceHouse, { error: 'response has no ReferenceHouses list' }),
});

const rangeOrCount = z.coerce.number().int().min(0);

/**
 * The reference API takes more house types than the AVM, for `housetype` and `housetype_to_search`
 * alike (…/interactive-reference-api/house-types).
 */
const REFERENCE_HOUSE_TYPES = [
  ...AVM_HOUSE_TYPES,
  'Vrijstaande doelgroepwoning',
  'Vrijstaande recreatiewoning',
  'Tussen/rij doelgroepwoning',
  'Meergezinswoning',
  'Eengezinswoning',
] as const;
const referenceHouseType = houseTypeInputOf(REFERENCE_HOUSE_TYPES);

/**
 * Comparable sold homes, most relevant first; Altum relaxes criteria to return at least three.
 * Inputs beyond the address come from public code [code] where the docs table is cut.
 * https://docs.altum.ai/english/property-valuation-and-market/interactive-reference-api/authentication-input-and-response
 */
export const reference = defineOperation({
  id: 'reference',
  method: 'POST',
  path: '/interactive-reference',
  summary: { en: 'Comparable sold homes', nl: 'Vergelijkbare verkochte woningen' },
  docsUrl:
    'https://docs.altum.ai/english/property-valuation-and-market/interactive-reference-api/authentication-input-and-response',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({
    ...houseadditionAddress,
    valuationdate: valuationDateInput.optional(),
    innersurfacearea: areaInput.optional(),
    buildyear: buildYearInput.optional(),
    housetype: referenceHouseType.optional(),
    // "the housetypes to be included in the search": one or a list (the page names the field, not its
    // type [doc, partial]); a single string is sent as a one-item list.
    housetype_to_search: z
      .union([referenceHouseType.transform((type) => [type]), z.array(referenceHouseType).min(1)])
      .optional(),
    energylabel: energyLabelInput.optional(),
    reference_number: z.coerce
      .number()
      .int()
      .min(1, 'reference_number must be 1 to 30')
      .max(30, 'reference_number must be 1 to 30')
      .optional(),
    strict_street: flagInput.optional(),
    strict_buurt: flagInput.optional(),
    strict_wijk: flagInput.optional(),
    strict_energylabel: flagInput.optional(),
    comparable_housetype: rangeOrCount.optional(),
    comparable_innersurfacearea: rangeOrCount.optional(),
    comparable_buildyear: rangeOrCount.optional(),
    comparable_distance: rangeOrCount.optional(),
    weight_innersurfacearea: weightInput.optional(),
    weight_buildyear: weightInput.optional(),
    weight_transactiondate: weightInput.optional(),
    weight_distance: weightInput.optional(),
    weight_visualsimilarity: weightInput.optional(),
    date_limit: dateLimitInput.optional(),
    // Not in our copies of the docs; sent by public integrations of this endpoint [code: GroosHub
    // altum-ai client, kooprapport], passed on as they send them.
    url: z.url({ error: 'url must be a full https:// link to the listing' }).optional(),
    visual_similarity: z.boolean().optional(),
    include_funda_data: z.boolean().optional(),
    include_listings: z.boolean().optional(),
  }),
  output: tolerantObject({
    GivenHouse: orAbsent(
      tolerantObject({
        PostCode: optStr,
        HouseNumber: optNum,
        HouseAddition: optStr,
        ValuationDate: optStr,
        InnerSurfaceArea: optNum,
        OuterSurfaceArea: optNum,
        HouseType: optStr,
        BuildYear: optNum,
      }),
    ),
    Inputs: orAbsent(z.record(z.string(), z.unknown())),
    ReferenceData: referenceData,
  }),
});
