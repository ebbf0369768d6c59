import { z } from 'zod';
import { checkPostcode, normaliseAddition, normalisePostcode } from '../address.ts';

/**
 * Building blocks shared by every operation schema. Input helpers normalise what people type;
 * output helpers are tolerant because real Altum responses vary (numbers as strings, nulls,
 * alternate spellings, extra fields): see the [inferred]/[code] notes in docs/altum-api/.
 */

// ---- input ----

/** `1234 ab` → `1234AB`, rejecting what Altum's regex rejects (including 1000–1010) before a credit is spent. */
export const postcodeInput = z
  .string({ error: 'postcode is required, e.g. 1071AA' })
  .transform(normalisePostcode)
  .superRefine((value, ctx) => {
    const problem = checkPostcode(value);
    if (problem === 'postcode_reserved') {
      ctx.addIssue({
        code: 'custom',
        message: `postcode ${value} is a PO-box range (1000–1010) Altum does not serve`,
      });
    } else if (problem) {
      ctx.addIssue({ code: 'custom', message: `postcode "${value}" is not a Dutch postcode like 1071AA` });
    }
  });

/** House number as a positive integer; numeric strings such as `"28"` are accepted. */
export const housenumberInput = z.coerce
  .number({ error: 'house number must be a number, e.g. 28' })
  .int('house number must be a whole number, e.g. 28')
  .min(1, 'house number must be 1 or more')
  .max(99_999, 'house number is too large');

/**
 * House letter + addition as one string; empty strings are dropped rather than sent. Swagger's
 * default value `"string"` is refused: Altum takes it as a real addition and then matches no address.
 */
export const additionInput = z
  .string()
  .transform(normaliseAddition)
  .refine((value) => value.toUpperCase() !== 'STRING', {
    message: 'house addition "string" is a placeholder; leave it out or give the real letter, e.g. B',
  })
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** The NTA 8800 label scale, best first. */
export const ENERGY_LABELS = ['A++++', 'A+++', 'A++', 'A+', 'A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export type EnergyLabel = (typeof ENERGY_LABELS)[number];

/** An NTA 8800 label, case-insensitive (`a++` → `A++`); refuses anything off the scale. */
export const energyLabelInput = z
  .string({ error: 'energy label must be one of A++++ … G, e.g. B' })
  .transform((value) => value.trim().toUpperCase())
  .pipe(z.enum(ENERGY_LABELS, { error: `energy label must be one of ${ENERGY_LABELS.join(', ')}, e.g. B` }));

// ---- output ----

/** Turns `"355012"`, `"4.52"` or `355012` into a number; `null`, `""` and non-numeric text into undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    const parsed = Number(trimmed);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** A required number that may arrive as a numeric string. */
export const num = z.preprocess((value) => toNumber(value) ?? value, z.number());

// The optional helpers below are one `z.transform` each rather than a `z.preprocess` pipe into a
// second schema: they sit on nearly every output field, and the pipe cost about half again as much
// per field (bench/README.md, client overhead). Issues match what `z.string()` would report.

/** What `optStr` makes of a value: numbers stringified, null/undefined absent, anything else refused. */
function coerceOptionalString(value: unknown, ctx: z.core.ParsePayload<unknown>): string | undefined {
  if (typeof value === 'string' || value === undefined) return value;
  if (typeof value === 'number') return String(value);
  if (value === null) return undefined;
  ctx.issues.push({ expected: 'string', code: 'invalid_type', input: value });
  return z.NEVER;
}

/** An optional number: numeric strings coerced, null/empty/garbage become undefined instead of failing. */
export const optNum = z.transform((value: unknown) => toNumber(value)).optional();

/** An optional string: numbers are stringified (ids such as BagID arrive as either), null becomes undefined. */
export const optStr = z.transform(coerceOptionalString).optional();

/** Like optStr, but strings `isAbsent` picks out (blank, Python's `"None"`) also become undefined. */
export function optStrExcept(isAbsent: (text: string) => boolean) {
  return z
    .transform((value: unknown, ctx) =>
      typeof value === 'string' && isAbsent(value) ? undefined : coerceOptionalString(value, ctx),
    )
    .optional();
}

/** Like optStr, but a blank string counts as absent (an empty label is no label). */
export const optText = optStrExcept((text) => text.trim() === '');

/** A required string that may arrive as a number. */
export const str = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string());

/**
 * An object that keeps unknown fields and first renames known alternate spellings onto the
 * documented name (`{ total_savings: 'total_saving' }`); the documented spelling wins when both exist.
 */
export function tolerantObject<Shape extends z.ZodRawShape>(
  shape: Shape,
  aliases: Readonly<Record<string, keyof Shape & string>> = {},
) {
  // Entries once per schema, not once per parse: this runs on every object of every answer.
  const entries: ReadonlyArray<readonly [string, string]> = Object.entries(aliases);
  return z.preprocess((value) => foldAliasEntries(value, entries), z.looseObject(shape));
}

export function foldAliases(value: unknown, aliases: Readonly<Record<string, string>>): unknown {
  return foldAliasEntries(value, Object.entries(aliases));
}

function foldAliasEntries(value: unknown, entries: ReadonlyArray<readonly [string, string]>): unknown {
  if (entries.length === 0 || value === null || typeof value !== 'object' || Array.isArray(value))
    return value;
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const [alternate, documented] of entries) {
    if (!(alternate in record)) continue;
    out ??= { ...record };
    if (out[documented] === undefined || out[documented] === null) out[documented] = record[alternate];
    delete out[alternate];
  }
  return out ?? value;
}

/** Makes `schema` optional and treats null as absent, as Altum sends `null` for blocks it has no data for. */
export function orAbsent<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null ? undefined : value), schema.optional());
}

/** An optional array that treats null as absent and drops nothing else. */
export function optArray<T extends z.ZodType>(item: T) {
  return orAbsent(z.array(item));
}

/**
 * Moves a flat object body into `key`, so the documented wrapper and a flat variant parse alike. With
 * `markers`, only a body holding one of those keys counts as the unwrapped data; a body that already
 * has `key` is left as is, so a string `Output` on a 200 (an error message, never data) still fails.
 */
export function wrapIfFlat(key: string, markers?: readonly string[]) {
  return (value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || key in value) return value;
    return markers === undefined || markers.some((marker) => marker in value) ? { [key]: value } : value;
  };
}
