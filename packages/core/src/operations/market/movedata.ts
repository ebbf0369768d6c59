import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_HOUR_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optNum, optStr, tolerantObject, wrapIfFlat } from '../schema-helpers.ts';
import { bagIdOutput, hasAny } from './market-fields.ts';

/**
 * The docs example is not valid JSON and is cut after `NumberOfBathrooms` [doc, partly unknown]:
 * types vary between strings and numbers, and more fields (listing status) may follow; they pass through.
 */
const movedataFields = tolerantObject({
  BagID: bagIdOutput,
  PostCode: optStr,
  HouseNumber: optNum,
  HouseAddition: optStr,
  City: optStr,
  Street: optStr,
  HouseType: optStr,
  BuildingType: optStr,
  BuildingPeriod: optStr,
  BuildYear: optNum,
  InnerSurfaceArea: optNum,
  OuterSurfaceArea: optNum,
  Volume: optNum,
  ParcelSize: optNum,
  Longitude: optNum,
  Latitude: optNum,
  EnergyLabel: optStr,
  ProvisionalEnergyLabel: optStr,
  AskingPrice: optNum,
  ListedSince: optStr,
  Rooms: optNum,
  Bedrooms: optNum,
  NumberOfFloors: optNum,
  Floor: optNum,
  NumberOfBathrooms: optNum,
}).refine((fields) => hasAny(fields, ['BagID', 'PostCode']), {
  // An empty `Output` is how some APIs say "unknown address" on a 200 [code].
  message: 'response Output names no object (no BagID or PostCode)',
});

/**
 * Latest listing status and asking price of an object.
 * https://docs.altum.ai/english/property-data/move-data/authentication-input-and-response
 */
export const movedata = defineOperation({
  id: 'movedata',
  method: 'POST',
  path: '/movedata',
  summary: { en: 'Listing status and asking price', nl: 'Aanbodstatus en vraagprijs' },
  docsUrl: 'https://docs.altum.ai/english/property-data/move-data/authentication-input-and-response',
  credits: 1,
  // Listings change within a day (price cuts, "sold subject to conditions"): keep it short.
  cacheTtlMs: ONE_HOUR_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject(houseadditionAddress),
  output: z.preprocess(
    wrapIfFlat('Output', ['BagID', 'AskingPrice']),
    z.looseObject({ Output: movedataFields }),
  ),
});
