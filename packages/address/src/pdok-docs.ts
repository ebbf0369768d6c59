import { normalisePostcode } from '@altum-chat/core';
import { z } from 'zod';
import type { ResolvedAddress } from './types.ts';

/**
 * The fields we ask Locatieserver for (`fl`), all documented for `type:adres` documents:
 * https://github.com/PDOK/locatieserver/wiki/API-Locatieserver. v3.1 refuses unknown
 * parameters, not unknown field names, but we only name documented ones anyway.
 */
export const ADDRESS_FIELDS = [
  'id',
  'weergavenaam',
  'type',
  'adrestype',
  'straatnaam',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'postcode',
  'woonplaatsnaam',
  'nummeraanduiding_id',
  'adresseerbaarobject_id',
  'score',
] as const;

/** `{ response: { numFound, docs } }`, the envelope of /free, /suggest and /lookup. */
const envelope = z.object({
  response: z.object({
    numFound: z.number().optional(),
    docs: z.array(z.record(z.string(), z.unknown())),
  }),
});

const text = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .optional()
  .catch(undefined);

/** Tolerant: huisnummer is a number in v3.1 but older answers and forks send a string. */
const addressDoc = z.object({
  id: text,
  type: text,
  adrestype: text,
  weergavenaam: text,
  straatnaam: text,
  huisnummer: z.coerce.number().int().min(1),
  huisletter: text,
  huisnummertoevoeging: text,
  postcode: z.string().transform(normalisePostcode),
  woonplaatsnaam: text,
  nummeraanduiding_id: text,
  adresseerbaarobject_id: text,
});

/** The documents of a Locatieserver answer, or undefined when the body is not that shape. */
export function readDocs(body: unknown): Record<string, unknown>[] | undefined {
  const parsed = envelope.safeParse(body);
  return parsed.success ? parsed.data.response.docs : undefined;
}

function present(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** An address document as a `ResolvedAddress`; undefined for other types or incomplete documents. */
export function toResolved(
  doc: Record<string, unknown>,
): { readonly address: ResolvedAddress; readonly main: boolean } | undefined {
  const parsed = addressDoc.safeParse(doc);
  if (!parsed.success) return undefined;
  const d = parsed.data;
  if (d.type !== undefined && d.type !== 'adres') return undefined;
  const letter = present(d.huisletter);
  const addition = present(d.huisnummertoevoeging);
  const street = present(d.straatnaam);
  const city = present(d.woonplaatsnaam);
  const bagId = present(d.nummeraanduiding_id);
  const objectId = present(d.adresseerbaarobject_id);
  const number = `${d.huisnummer}${letter ?? ''}${addition ? `-${addition}` : ''}`;
  const label =
    present(d.weergavenaam) ??
    `${street ? `${street} ${number}, ` : `${number}, `}${d.postcode}${city ? ` ${city}` : ''}`;
  const address: ResolvedAddress = {
    postcode: d.postcode,
    housenumber: d.huisnummer,
    ...(letter ? { letter } : {}),
    ...(addition ? { addition } : {}),
    ...(street ? { street } : {}),
    ...(city ? { city } : {}),
    ...(bagId ? { bagId } : {}),
    ...(objectId ? { objectId } : {}),
    label,
    source: 'pdok',
  };
  // A verblijfsobject with several addresses has one hoofdadres; the rest are nevenadressen.
  return { address, main: d.adrestype === undefined || d.adrestype === 'hoofdadres' };
}
