import { z } from 'zod';
import { ADDITION_FIELDS, additionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optNum, optStr, tolerantObject, wrapIfFlat } from '../schema-helpers.ts';
import { bagIdInput, bagIdOutput, flagInput } from './market-fields.ts';
import { pingOutput } from './ping-output.ts';

/** `01-01-2022` → 20220101 for sorting; unknown formats sort last. */
function dateKey(date: string): number {
  const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(date);
  if (dmy) return Number(dmy[3]) * 10_000 + Number(dmy[2]) * 100 + Number(dmy[1]);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
  if (ymd) return Number(ymd[1]) * 10_000 + Number(ymd[2]) * 100 + Number(ymd[3]);
  return 0;
}

const wozEntry = tolerantObject(
  {
    /** `DD-MM-YYYY`, the WOZ reference date (1 January). */
    Date: optStr,
    /** Euros; a string in one doc example, a number in the other. */
    Value: optNum,
    /** Only on the newest entry when `index: 1` was sent. */
    IndexedValue: optNum,
  },
  { date: 'Date', value: 'Value', indexed_value: 'IndexedValue', IndexValue: 'IndexedValue' },
);

/**
 * The examples list values newest first, but nothing promises it: we sort newest first and drop
 * entries without a usable value or date. An empty list is kept (new-build homes have no WOZ yet).
 */
const wozValues = z
  .array(wozEntry, { error: 'response has no wozvalue list' })
  .transform((entries) =>
    entries
      .filter((entry) => entry.Value !== undefined && entry.Date !== undefined)
      .sort((a, b) => dateKey(b.Date ?? '') - dateKey(a.Date ?? '')),
  );

const wozFields = tolerantObject(
  {
    BagID: bagIdOutput,
    PostCode: optStr,
    HouseNumber: optNum,
    HouseAddition: optStr,
    /** `postcode-number-addition`. */
    HouseAddress: optStr,
    City: optStr,
    Street: optStr,
    /** BAG use function (`woonfunctie`), not a house type. */
    HouseType: optStr,
    BuildYear: optNum,
    OuterSurfaceArea: optNum,
    Longitude: optNum,
    Latitude: optNum,
    'WOZ-source_date': optStr,
    wozvalue: wozValues,
  },
  {
    WOZ_source_date: 'WOZ-source_date',
    WOZsource_date: 'WOZ-source_date',
    wozvalues: 'wozvalue',
    WozValue: 'wozvalue',
  },
);

/** Documented wrapped in `Output`; one integration also probes a flat body, so a top-level `wozvalue` is wrapped [code]. */
const wozOutput = z.preprocess(
  wrapIfFlat('Output', ['wozvalue', 'wozvalues', 'WozValue']),
  z.looseObject({ Output: wozFields }),
);

/** `addition`, not `houseaddition`, and `housenumber` as the documented string on this endpoint [doc]. */
const wozAddressInput = additionAddress;

const docsUrl = 'https://docs.altum.ai/english/property-data/woz-api/authentication-input-and-response';

/** WOZ value history of an address, newest first. */
export const woz = defineOperation({
  id: 'woz',
  method: 'POST',
  path: '/woz',
  summary: { en: 'WOZ value history', nl: 'WOZ-waardehistorie' },
  docsUrl,
  credits: 1,
  // WOZ values change once a year; a day keeps repeat lookups free.
  cacheTtlMs: ONE_DAY_MS,
  address: ADDITION_FIELDS,
  input: z.strictObject({
    ...wozAddressInput,
    /** 1 adds `IndexedValue` (latest WOZ indexed to this month). */
    index: flagInput.optional(),
    /** 0 bypasses Altum's cache (slower, live lookup). */
    cache: flagInput.optional(),
  }),
  output: wozOutput,
});

/** WOZ value history by BAG verblijfsobject id. */
export const wozBag = defineOperation({
  id: 'woz.bag',
  method: 'GET',
  path: '/woz',
  summary: { en: 'WOZ value history by BAG id', nl: 'WOZ-waardehistorie op BAG-id' },
  docsUrl,
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  input: z.strictObject({ bag_id: bagIdInput }),
  output: wozOutput,
});

/** Free check whether WOZ values exist for an address. */
export const wozPing = defineOperation({
  id: 'woz.ping',
  method: 'POST',
  path: '/woz/ping',
  summary: { en: 'Are WOZ values available? (free)', nl: 'Zijn WOZ-waarden beschikbaar? (gratis)' },
  docsUrl,
  credits: 0,
  // Free, and meant as a live check before a paid call.
  cacheTtlMs: 0,
  address: ADDITION_FIELDS,
  input: z.strictObject(wozAddressInput),
  output: pingOutput,
});
