import { z } from 'zod';
import { ONE_WEEK_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import {
  additionInput,
  housenumberInput,
  num,
  optArray,
  optNum,
  optStr,
  orAbsent,
  postcodeInput,
  tolerantObject,
} from '../schema-helpers.ts';

const IMAGE_SOURCES = ['auto', 'pdok', 'esri', 'google_maps'] as const;

const detection = tolerantObject({
  label: optStr,
  confidence: optNum,
  bbox: orAbsent(
    tolerantObject({ x1: optNum, y1: optNum, x2: optNum, y2: optNum, width: optNum, height: optNum }),
  ),
});

/** When the count is missing but detections are present, the count is their number. */
function fillCount(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (record.num_panels_detected == null && Array.isArray(record.detections)) {
    return { ...record, num_panels_detected: record.detections.length };
  }
  return value;
}

/**
 * Solar panels detected on aerial imagery of the roof. Documented as "query parameters" yet sent with
 * POST; we send a JSON body [inferred]. https://docs.altum.ai/english/sustainability/satellite-roof-scan
 */
export const roofscan = defineOperation({
  id: 'roofscan',
  method: 'POST',
  path: '/satellite-roof-scan',
  summary: {
    en: 'Solar panels seen on the roof from the air',
    nl: 'Zonnepanelen op het dak vanuit de lucht',
  },
  docsUrl: 'https://docs.altum.ai/english/sustainability/satellite-roof-scan',
  credits: 1,
  // Aerial imagery is refreshed about once a year.
  cacheTtlMs: ONE_WEEK_MS,
  address: { postcode: 'postcode', housenumber: 'housenumber', addition: 'huisletter' },
  input: z.strictObject({
    postcode: postcodeInput,
    // Documented as a string on this endpoint only.
    housenumber: housenumberInput.transform(String),
    huisletter: additionInput,
    // Required by Altum; with the roof polygon, panels on neighbouring roofs are not counted [inferred].
    roof_geometry: z.boolean().default(true),
    // Google is temporarily disabled according to the docs; `auto` lets Altum pick.
    image_source: z
      .enum(IMAGE_SOURCES, { error: `image_source is one of ${IMAGE_SOURCES.join(', ')}` })
      .default('auto'),
  }),
  output: z.preprocess(
    fillCount,
    tolerantObject({
      postcode: optStr,
      housenumber: optStr,
      huisletter: optStr,
      imagery_source: optStr,
      annotated_image_url: optStr,
      imagery_date: optStr,
      num_panels_detected: num,
      detections: optArray(detection),
    }),
  ),
});
