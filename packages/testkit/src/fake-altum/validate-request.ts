import type { OperationDefinition } from '@altum-chat/core';
import type { RequestedAddress } from './scenarios.ts';

/** A FastAPI/pydantic-style 422 body, as Altum sends for schema errors (docs.altum.ai/api-error-codes/422). */
export interface ValidationBody {
  readonly detail: readonly { loc: (string | number)[]; msg: string; type: string }[];
}

export type ValidationResult =
  | { readonly ok: true; readonly input: Record<string, unknown> }
  | { readonly ok: false; readonly body: ValidationBody };

/** Parses what arrived with the operation's own input schema, answering like FastAPI when it fails. */
export function validateRequest(
  operation: OperationDefinition,
  raw: unknown,
  where: 'body' | 'query',
): ValidationResult {
  const result = operation.input.safeParse(raw);
  if (result.success) {
    const input = result.data;
    return {
      ok: true,
      input: input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {},
    };
  }
  const detail = result.error.issues.map((issue) => {
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return {
      loc: [where, ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))],
      msg: missing ? 'field required' : issue.message,
      type: missing ? 'value_error.missing' : `value_error.${issue.code}`,
    };
  });
  return { ok: false, body: { detail } };
}

/** The 422 FastAPI sends when the body is not JSON at all. */
export function jsonDecodeError(text: string): ValidationBody {
  let position = 0;
  try {
    JSON.parse(text);
  } catch (error) {
    position = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
  }
  return {
    detail: [{ loc: ['body', position], msg: 'Expecting value', type: 'value_error.jsondecode' }],
  };
}

/** Reads the address out of a validated input using the operation's declared field spelling. */
export function requestedAddress(
  operation: OperationDefinition,
  input: Record<string, unknown>,
): RequestedAddress | undefined {
  const fields = operation.address;
  if (!fields) return undefined;
  const postcode = input[fields.postcode];
  const housenumber = Number(input[fields.housenumber]);
  if (typeof postcode !== 'string' || !Number.isFinite(housenumber)) return undefined;
  const addition = fields.addition === undefined ? undefined : input[fields.addition];
  return {
    postcode: postcode.replace(/\s+/g, '').toUpperCase(),
    housenumber,
    addition: typeof addition === 'string' && addition !== '' ? addition : undefined,
  };
}
