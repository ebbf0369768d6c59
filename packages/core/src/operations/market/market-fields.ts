import { z } from 'zod';
import { optStrExcept, toNumber } from '../schema-helpers.ts';

/**
 * Field building blocks shared by the market operations: date, house-type and BAG id inputs that
 * reject what Altum would reject (before a credit is spent), and output pieces for the quirks these
 * endpoints share (the `Output` wrapper, BAG ids that lose their leading zero, Python `"None"`).
 * Address spellings live in ../address-shapes.ts, generic helpers in ../schema-helpers.ts.
 * Facts and confidence: docs/altum-api/market.md.
 */

// ---- input ----

function isCalendarDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYYMMDD` (also accepts `YYYY-MM-DD` and sends it without dashes), a real calendar date. */
export const valuationDateInput = z
  .string({ error: 'valuation date must be a date like 20240115' })
  .trim()
  .transform((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value.replaceAll('-', '') : value))
  .refine((value) => /^\d{8}$/.test(value), 'valuation date must be YYYYMMDD, e.g. 20240115')
  .refine(isCalendarDate, 'valuation date is not a real date; use YYYYMMDD, e.g. 20240115');

/** House types the AVM family accepts, spelled exactly as Altum documents them. */
export const AVM_HOUSE_TYPES = [
  'Vrijstaande woning',
  '2 onder 1 kap woning',
  'Geschakelde 2 onder 1 kapwoning',
  'Geschakelde woning',
  'Tussen/rijwoning',
  'Hoekwoning',
  'Eindwoning',
  'Galerijflat',
  'Portiekflat',
  'Corridorflat',
  'Maisonnette',
  'Benedenwoning',
  'Bovenwoning',
  'Portiekwoning',
] as const;
export type AvmHouseType = (typeof AVM_HOUSE_TYPES)[number];

/** A house-type string from `types`; case and extra spaces are forgiven, anything else is refused. */
export function houseTypeInputOf<const T extends readonly [string, ...string[]]>(types: T) {
  const byLowercase = new Map<string, T[number]>(types.map((t) => [t.toLowerCase(), t]));
  return z
    .string()
    .transform((value) => byLowercase.get(value.trim().replace(/\s+/g, ' ').toLowerCase()) ?? value)
    .pipe(z.enum(types, { error: `house type must be one of: ${types.join(', ')}` }));
}

/** An AVM house-type string (Altum 400s on anything else). */
export const avmHouseTypeInput = houseTypeInputOf(AVM_HOUSE_TYPES);

/** Altum's 0/1 switches; booleans are accepted and sent as 0/1. */
export const flagInput = z
  .union([z.boolean(), z.literal(0), z.literal(1)], { error: 'use 1/0 or true/false' })
  .transform((value) => (value === true || value === 1 ? 1 : 0));

/** A whole number of square metres, 1 or more. */
export const areaInput = z.coerce
  .number({ error: 'surface area must be a number of m², e.g. 120' })
  .int('surface area must be a whole number of m², e.g. 120')
  .min(1, 'surface area must be 1 m² or more')
  .max(100_000, 'surface area is too large');

/** A build year between 1000 and next year. */
export const buildYearInput = z.coerce
  .number({ error: 'build year must be a year, e.g. 1975' })
  .int('build year must be a whole year, e.g. 1975')
  .min(1000, 'build year must be a year like 1975')
  .max(new Date().getUTCFullYear() + 1, 'build year cannot be in the future');

/** A ranking weight between 0 and 1. */
export const weightInput = z.number({ error: 'weight must be a number between 0 and 1' }).min(0).max(1);

/** How many months back the reference APIs look for comparables. */
export const dateLimitInput = z.coerce
  .number()
  .int()
  .min(6, 'date_limit must be 6 to 60 months')
  .max(60, 'date_limit must be 6 to 60 months');

/** A BAG verblijfsobject id; numbers and ids that lost their leading zero(s) are padded to 16 digits. */
export const bagIdInput = z
  .union([z.string(), z.number()], { error: 'BAG id is required, e.g. 0363010000710354' })
  .transform((value) => String(value).trim())
  .refine((value) => /^\d{13,16}$/.test(value), 'BAG id must be 16 digits, e.g. 0363010000710354')
  .transform((value) => value.padStart(16, '0'));

// ---- output ----

/** A BAG id as a 16-digit string: Altum sometimes sends it as a number or drops the leading zero. */
export const bagIdOutput = z.preprocess((value) => {
  if (value === null || value === undefined || value === '') return undefined;
  const text = String(value).trim();
  return /^\d{13,15}$/.test(text) ? text.padStart(16, '0') : text;
}, z.string().optional());

/** An optional string where Python's `"None"` (objectdata v1) and `""` also mean absent. */
export const optTextOrNone = optStrExcept((text) => text === '' || text === 'None');

/** Unwraps `{"Output": {...}}` (or `output`) for endpoints documented as flat; strings stay put and fail. */
export function unwrapIfWrapped(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length !== 1) return value;
  const inner = record.Output ?? record.output;
  return inner !== null && typeof inner === 'object' ? inner : value;
}

/** True when at least one of `keys` holds a usable value. */
export function hasAny(record: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  return keys.some((key) => record[key] !== undefined && record[key] !== null && record[key] !== '');
}

/** A required number whose absence names the field, so the logged parse error says what Altum left out. */
export function requiredNumber(field: string) {
  return z.preprocess((value) => toNumber(value), z.number({ error: `response has no numeric ${field}` }));
}
