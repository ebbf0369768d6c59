import type { z } from 'zod';

/** Text in both languages our users work in. */
export interface Localized {
  readonly en: string;
  readonly nl: string;
}

/**
 * Where an operation expects the parts of a Dutch address. Altum spells them differently per
 * endpoint (`houseaddition` on most, `addition` on /woz and /location-data, `huisletter` on the roof
 * scan), so each operation declares its spelling (the shared ones are in address-shapes.ts) and callers
 * fill the right names from it.
 */
export interface AddressFields {
  readonly postcode: string;
  readonly housenumber: string;
  readonly addition?: string;
}

/**
 * One Altum endpoint, declared once: the client, the fake server, chat arguments, help text and the
 * Discord option definitions are all derived from this value.
 */
export interface OperationDefinition<
  Id extends string = string,
  In extends z.ZodType = z.ZodType,
  Out extends z.ZodType = z.ZodType,
> {
  readonly id: Id;
  readonly method: 'GET' | 'POST';
  /** Path below the base URL; `{name}` segments are filled from the input field of that name. */
  readonly path: string;
  readonly summary: Localized;
  readonly docsUrl: string;
  /** Credits one successful call costs (0 for the free ping endpoints). */
  readonly credits: number;
  /** How long a successful response may be served from cache; 0 means never cached. */
  readonly cacheTtlMs: number;
  /** Validates and normalises what the caller passes; its output is what goes on the wire. */
  readonly input: In;
  /** Tolerant parser of the 200 body: coerces numeric strings, folds alternate spellings, keeps unknown fields. */
  readonly output: Out;
  /** Address field spelling, for operations that take a postcode + house number. */
  readonly address?: AddressFields;
  /** Operation to retry with when Altum answers 301 "Unable to check apartment" (houses → apartments). */
  readonly apartmentFallback?: string;
}

/** Declares an operation; the identity function keeps literal types for the typed client. */
export function defineOperation<const Id extends string, In extends z.ZodType, Out extends z.ZodType>(
  operation: OperationDefinition<Id, In, Out>,
): OperationDefinition<Id, In, Out> {
  return operation;
}
