import type { OperationDefinition } from '../operations/define-operation.ts';
import { validateInput } from './validate-input.ts';

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * The input for the apartments variant after Altum answered 301 "Unable to check apartment":
 * everything the caller gave that the variant accepts (house-only fields are dropped), or at
 * least the address, re-spelled for the variant. https://docs.altum.ai/english/sustainability
 */
export function fallbackInput(
  operation: OperationDefinition,
  fallback: OperationDefinition,
  rawInput: unknown,
): Record<string, unknown> {
  const raw = asRecord(rawInput);
  const full = fallback.input.safeParse(raw);
  if (full.success) return asRecord(full.data);
  const unknownKeys = new Set(
    full.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : [])),
  );
  if (unknownKeys.size > 0) {
    const trimmed = Object.fromEntries(Object.entries(raw).filter(([key]) => !unknownKeys.has(key)));
    const retry = fallback.input.safeParse(trimmed);
    if (retry.success) return asRecord(retry.data);
  }
  const from = operation.address;
  const to = fallback.address;
  if (!from || !to) return validateInput(fallback, raw);
  const address: Record<string, unknown> = {
    [to.postcode]: raw[from.postcode],
    [to.housenumber]: raw[from.housenumber],
  };
  if (from.addition && to.addition && raw[from.addition] !== undefined)
    address[to.addition] = raw[from.addition];
  return validateInput(fallback, address);
}
