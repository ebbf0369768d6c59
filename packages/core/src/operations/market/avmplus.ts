import { z } from 'zod';
import { HOUSEADDITION_FIELDS, houseadditionAddress } from '../address-shapes.ts';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { energyLabelInput, optNum, optStr, tolerantObject } from '../schema-helpers.ts';
import {
  areaInput,
  bagIdOutput,
  requiredNumber,
  unwrapIfWrapped,
  valuationDateInput,
} from './market-fields.ts';

/**
 * AVM+ answers flat, and its keys differ by source: the output page lists snake_case (`bag_id`,
 * `house_type`), the sandbox sends `price_estimation`/`valuation_date`, and other examples join the
 * words (`priceestimation`, `valuationdate`) [doc + code]. We keep the snake_case names and fold the rest.
 */
const avmplusFields = tolerantObject(
  {
    bag_id: bagIdOutput,
    postcode: optStr,
    housenumber: optNum,
    houseaddition: optStr,
    city: optStr,
    street: optStr,
    house_type: optStr,
    build_year: optNum,
    inner_surface_area: optNum,
    outer_surface_area: optNum,
    volume: optNum,
    energy_label: optStr,
    longitude: optNum,
    latitude: optNum,
    valuation_date: optStr,
    price_estimation: requiredNumber('price_estimation'),
    confidence: optStr,
  },
  {
    bagid: 'bag_id',
    BagID: 'bag_id',
    housetype: 'house_type',
    buildyear: 'build_year',
    innersurfacearea: 'inner_surface_area',
    outersurfacearea: 'outer_surface_area',
    energylabel: 'energy_label',
    valuationdate: 'valuation_date',
    priceestimation: 'price_estimation',
    PriceEstimation: 'price_estimation',
    City: 'city',
    Street: 'street',
    Confidence: 'confidence',
  },
);

/**
 * Valuation with wider coverage than the AVM (software/website use).
 * https://docs.altum.ai/english/property-valuation-and-market/avm+-api/authentication-input-and-response
 */
export const avmplus = defineOperation({
  id: 'avmplus',
  method: 'POST',
  path: '/avmplus',
  summary: { en: 'AVM+ valuation (wider coverage)', nl: 'AVM+-waardering (bredere dekking)' },
  docsUrl:
    'https://docs.altum.ai/english/property-valuation-and-market/avm+-api/authentication-input-and-response',
  credits: 1,
  cacheTtlMs: ONE_DAY_MS,
  address: HOUSEADDITION_FIELDS,
  input: z.strictObject({
    ...houseadditionAddress,
    // Underscore here, unlike the AVM's `valuationdate` [doc].
    valuation_date: valuationDateInput.optional(),
    energylabel: energyLabelInput.optional(),
    innersurfacearea: areaInput.optional(),
    outersurfacearea: areaInput.optional(),
  }),
  // Documented flat; a wrapped object is unwrapped, a string `Output` is left to fail.
  output: z.preprocess(unwrapIfWrapped, avmplusFields),
});
