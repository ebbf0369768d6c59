import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optNum, optStr, tolerantObject } from '../schema-helpers.ts';
import { bagIdOutput, valuationDateInput } from './market-fields.ts';
import { pingOutput } from './ping-output.ts';

const transactionItem = tolerantObject(
  {
    Transaction: optStr,
    BagID: bagIdOutput,
    PostCode: optStr,
    HouseNumber: optNum,
    HouseAddition: optStr,
    City: optStr,
    Street: optStr,
    /** Kadaster codes (`T` …), not the AVM house types. */
    HouseType: optStr,
    BuildingCode: optNum,
    OuterSurfaceArea: optNum,
    /** `J`/`N` flags. */
    MoreRealEstate: optStr,
    RentedOut: optStr,
    BusinessRight: optStr,
    MutationVariety: optNum,
    FamilyTransaction: optStr,
    /** `YYYYMMDD` as a number, as documented. */
    TransactionDate: optNum,
    TransactionPrice: optNum,
    TransactionPriceIndexed: optNum,
  },
  { IndexedTransactionPrice: 'TransactionPriceIndexed', TransactionPriceIndex: 'TransactionPriceIndexed' },
);

const transactionInput = z.strictObject({
  ...houseadditionAddress,
  // Documented as a number here (YYYYMMDD), unlike the string the AVM takes.
  valuationdate: valuationDateInput.transform(Number).optional(),
});

const docsUrl =
  'https://docs.altum.ai/english/property-valuation-and-market/kadaster-transaction-api/authentication-input-and-response';

/**
 * Kadaster sale transactions of an address. Billed separately: 1 credit = € 0.75 excl. VAT [doc].
 * An empty list is a valid answer (no registered sale); a body without the list is not.
 */
export const transaction = defineOperation({
  id: 'transaction',
  method: 'POST',
  path: '/transaction',
  summary: { en: 'Kadaster sale transactions', nl: 'Kadastertransacties' },
  docsUrl,
  credits: 1,
  // Kadaster registers sales with weeks of delay; a day-old answer is as good as a fresh one.
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: transactionInput,
  output: z.looseObject({
    // One object instead of a list has been seen for single results in similar APIs; accept it as a list of one.
    Output: z.preprocess(
      (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? [value] : value),
      z.array(transactionItem, { error: 'response has no transaction list in Output' }),
    ),
  }),
});

/** Free availability check with the same body as `transaction`; call it before spending € 0.75. */
export const transactionPing = defineOperation({
  id: 'transaction.ping',
  method: 'POST',
  path: '/transaction/ping',
  summary: {
    en: 'Are Kadaster transactions available? (free)',
    nl: 'Zijn Kadastertransacties beschikbaar? (gratis)',
  },
  docsUrl,
  credits: 0,
  // Free and about availability right now: caching saves nothing and could hide a change.
  cacheTtlMs: 0,
  address: HOUSEADDITION_FIELDS,
  input: transactionInput,
  output: pingOutput,
});
