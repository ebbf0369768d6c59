import { z } from 'zod';
import { defineOperation } from '../define-operation.ts';
import { toNumber } from '../schema-helpers.ts';

/**
 * Credits used per Altum API over a window. The docs disagree on whether `time` is hours or seconds
 * [doc conflict]; we follow the page text (hours). Counts arrive as strings or numbers.
 * https://docs.altum.ai/english/developers/credit-api
 */
export const credit = defineOperation({
  id: 'credit',
  method: 'GET',
  path: '/credit',
  summary: { en: 'Credits used per API', nl: 'Verbruikte credits per API' },
  docsUrl: 'https://docs.altum.ai/english/developers/credit-api',
  credits: 0,
  cacheTtlMs: 60_000,
  input: z.strictObject({ time: z.coerce.number().int().min(1).max(8760).optional() }),
  output: z.record(
    z.string(),
    z.preprocess((value) => toNumber(value) ?? 0, z.number()),
  ),
});
