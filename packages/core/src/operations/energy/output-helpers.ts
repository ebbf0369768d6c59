import { z } from 'zod';
import { optNum, optStr, orAbsent, tolerantObject } from '../schema-helpers.ts';

/** Output pieces the energy family shares (generic ones live in ../schema-helpers.ts). */

/** `{current, potential}` pairs (label, BENG2, CO2, energy costs) with numeric strings coerced. */
export const currentPotential = tolerantObject({ current: optNum, potential: optNum });

/**
 * Unwraps `{"Output": {...}}` for endpoints documented flat, so both shapes parse [code: some integrations
 * see the wrapper]. Unlike the market family's `unwrapIfWrapped`, other top-level keys beside `Output`
 * do not stop the unwrapping.
 */
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
