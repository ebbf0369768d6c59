import { z } from 'zod';
import { defineOperation } from '../define-operation.ts';
import {
  additionInput,
  housenumberInput,
  optNum,
  optStr,
  postcodeInput,
  tolerantObject,
} from '../schema-helpers.ts';
import {
  areaInput,
  avmHouseTypeInput,
  buildYearInput,
  energyLabelInput,
  flagInput,
  HOUSEADDITION_FIELDS,
  ONE_DAY_MS,
  valuationDateInput,
  weightInput,
} from './market-fields.ts';

/** Prices here are ranges as text (`"350000-375000"`, sometimes reversed); read them with `parsePriceRange`. */
const priceRangeText = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : (value ?? undefined)),
  z.string().optional(),
);

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
    postcode: postcodeInput,
    housenumber: housenumberInput,
    houseaddition: additionInput,
    valuationdate: valuationDateInput.optional(),
    innersurfacearea: areaInput.optional(),
    buildyear: buildYearInput.optional(),
    housetype: avmHouseTypeInput.optional(),
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
    date_limit: z.coerce
      .number()
      .int()
      .min(6, 'date_limit must be 6 to 60 months')
      .max(60, 'date_limit must be 6 to 60 months')
      .optional(),
  }),
  output: tolerantObject({
    GivenHouse: z.preprocess(
      (value) => value ?? undefined,
      tolerantObject({
        PostCode: optStr,
        HouseNumber: optNum,
        HouseAddition: optStr,
        ValuationDate: optStr,
        InnerSurfaceArea: optNum,
        OuterSurfaceArea: optNum,
        HouseType: optStr,
        BuildYear: optNum,
      }).optional(),
    ),
    Inputs: z.preprocess((value) => value ?? undefined, z.record(z.string(), z.unknown()).optional()),
    ReferenceData: referenceData,
  }),
});
