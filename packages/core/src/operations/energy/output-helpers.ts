import { z } from 'zod';
import { optNum, optStr, tolerantObject } from '../schema-helpers.ts';

/**
 * Small output helpers used across the energy family. `orAbsent` is generic (null → undefined before an
 * optional schema) and could move to schema-helpers.ts if the market family needs it too.
 */
export function orAbsent<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null ? undefined : value), schema.optional());
}

/** `{current, potential}` pairs (label, BENG2, CO2, energy costs) with numeric strings coerced. */
export const currentPotential = tolerantObject({ current: optNum, potential: optNum });

/** Unwraps `{"Output": {...}}` for endpoints documented flat, so both shapes parse [code: some integrations see the wrapper]. */
export function unwrapOutput(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const inner = (value as Record<string, unknown>).Output;
  return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? inner : value;
}

/** Warning codes are documented as two-digit strings (`"03"`); a bare number 3 is padded to match. */
export const warningCode = z.preprocess(
  (value) =>
    typeof value === 'number' ? String(value).padStart(2, '0') : value === null ? undefined : value,
  z.string().optional(),
);

/** `warnings: [{code, description}]`: automatic corrections Altum made to the input (never a failure). */
export const warningsOutput = orAbsent(z.array(tolerantObject({ code: warningCode, description: optStr })));

/** Like optStr, but a blank string counts as absent (an empty label is no label). */
export const optText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  optStr,
);
