import { z } from 'zod';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optStr } from '../schema-helpers.ts';

/**
 * The OpenAPI document of one Altum API (`sustainability`, `avm`, …). No key needed; sending it is
 * harmless. Whether nested APIs (`v2/sustainability/delta`) follow the pattern is not documented, so
 * `api` may hold `/`-separated segments: fill it into the path without encoding the slashes.
 * https://docs.altum.ai/english/developers/openapi-specifications
 */
export const openapi = defineOperation({
  id: 'openapi',
  method: 'GET',
  path: '/{api}/openapi',
  summary: { en: 'OpenAPI specification of an Altum API', nl: 'OpenAPI-specificatie van een Altum-API' },
  docsUrl: 'https://docs.altum.ai/english/developers/openapi-specifications',
  credits: 0,
  // Specs change with releases, not per call.
  cacheTtlMs: ONE_DAY_MS,
  input: z.strictObject({
    api: z
      .string({ error: 'api is required, e.g. sustainability' })
      .trim()
      .toLowerCase()
      .transform((value) => value.replace(/^\/+|\/+$/g, ''))
      .refine(
        (value) => /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*$/.test(value),
        'api must be an API path like sustainability or v2/objectdata',
      ),
  }),
  output: z
    .looseObject({
      openapi: optStr,
      swagger: optStr,
      info: z.looseObject({ title: optStr, version: optStr }).optional(),
      paths: z.record(z.string(), z.unknown(), { error: 'response has no paths: not an OpenAPI document' }),
    })
    .refine(
      (spec) => spec.openapi !== undefined || spec.swagger !== undefined,
      'response has no openapi version',
    ),
});
