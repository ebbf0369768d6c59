import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { energyLabelInput, optNum, optStr, tolerantObject, wrapIfFlat } from '../schema-helpers.ts';
import {
  areaInput,
  avmHouseTypeInput,
  bagIdOutput,
  buildYearInput,
  flagInput,
  requiredNumber,
  valuationDateInput,
} from './market-fields.ts';

/** The AVM body inside `Output`: PascalCase, numbers mostly as strings. `PriceEstimation` is the point of the call. */
export const avmOutputFields = tolerantObject(
  {
    BagID: bagIdOutput,
    PostCode: optStr,
    HouseNumber: optNum,
    HouseAddition: optStr,
    City: optStr,
    Street: optStr,
    HouseType: optStr,
    BuildYear: optNum,
    InnerSurfaceArea: optNum,
    OuterSurfaceArea: optNum,
    Volume: optNum,
    EnergyLabel: optStr,
    Longitude: optNum,
    Latitude: optNum,
    Rooms: optNum,
    Image: optStr,
    ValuationDate: optStr,
    PriceEstimation: requiredNumber('PriceEstimation'),
    Confidence: optStr,
  },
  // Seen in integrations rather than the docs [code]: other casings of the same fields.
  {
    BagId: 'BagID',
    Bagid: 'BagID',
    Postcode: 'PostCode',
    Priceestimation: 'PriceEstimation',
    Price: 'PriceEstimation',
  },
);

/**
 * Model valuation (NRVT-conform) with a confidence interval; `Confidence` is text, see `parseConfidence`.
 * https://docs.altum.ai/english/property-valuation-and-market/avm-api/authentication-input-and-response
 */
export const avm = defineOperation({
  id: 'avm',
  method: 'POST',
  path: '/avm',
  summary: {
    en: 'Model valuation with confidence interval',
    nl: 'Modelwaardering met betrouwbaarheidsinterval',
  },
  docsUrl:
    'https://docs.altum.ai/english/property-valuation-and-market/avm-api/authentication-input-and-response',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({
    ...houseadditionAddress,
    valuationdate: valuationDateInput.optional(),
    housetype: avmHouseTypeInput.optional(),
    buildyear: buildYearInput.optional(),
    innersurfacearea: areaInput.optional(),
    // The docs table spells it `outersurfacecarea`; the example (and the API) use `outersurfacearea`.
    outersurfacearea: areaInput.optional(),
    energylabel: energyLabelInput.optional(),
    image: flagInput.optional(),
  }),
  // Some integrations saw the body flat; a `PriceEstimation` at the top level proves it is the data [code].
  output: z.preprocess(wrapIfFlat('Output', ['PriceEstimation']), z.looseObject({ Output: avmOutputFields })),
});
