import { z } from 'zod';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { optNum, optStr, tolerantObject } from '../schema-helpers.ts';
import { unwrapList } from './search.ts';

/**
 * One item as Altum sends it. The docs print two shapes: an older one with BAG's Dutch names
 * (`vbo_id`, `huisnummer`, `huisletter`, `openbareRuimteNaam`, `woonplaatsNaam`) on
 * /english/apis/auto-suggest-api/output-interpretation, and the current English one (`bagid`,
 * `housenumber`, `houseaddition`, `street`, `city`, `province`) on
 * /english/property-data/auto-suggest-api/output-interpretation; both carry `postcode` and
 * `houseaddress` (`4554LB-119-b`). The Dutch names fold onto the English ones here; the newest
 * revision's names win when both are present. `huisnummertoevoeging` is BAG's name for the addition,
 * not printed by Altum [inferred]. Capitalised names (`PostCode`, …) are the AVM style, kept for safety.
 */
const rawItem = tolerantObject(
  {
    bagid: optStr,
    houseaddress: optStr,
    postcode: optStr,
    housenumber: optNum,
    houseaddition: optStr,
    houseletter: optStr,
    housenumberaddition: optStr,
    street: optStr,
    city: optStr,
    province: optStr,
  },
  {
    vbo_id: 'bagid',
    bag_id: 'bagid',
    huisnummer: 'housenumber',
    huisletter: 'houseletter',
    huisnummertoevoeging: 'housenumberaddition',
    openbareRuimteNaam: 'street',
    woonplaatsNaam: 'city',
    PostCode: 'postcode',
    HouseNumber: 'housenumber',
    HouseAddition: 'houseaddition',
    Street: 'street',
    City: 'city',
  },
);

type RawItem = z.output<typeof rawItem>;

/** One address suggestion, whichever shape Altum answered in. */
export interface AddressSuggestion {
  readonly postcode?: string;
  readonly housenumber?: number;
  /** BAG house letter, one character, in the case BAG has it (`b`). */
  readonly houseletter?: string;
  /** BAG house number addition (toevoeging), e.g. `02` or `2B`. */
  readonly addition?: string;
  readonly street?: string;
  readonly city?: string;
  readonly province?: string;
  readonly bagId?: string;
  /** What to show: `Graafjansdijk B 119b, 4554LB Westdorpe`. */
  readonly display: string;
}

const HOUSEADDRESS = /^(\d{4}[A-Za-z]{2})-(\d+)(?:-(.+))?$/;
const POSTCODE_IN_TEXT = /\b(\d{4})\s?([A-Za-z]{2})\b/;

/**
 * `houseaddition` is letter + addition in one string (`A02` = letter A, addition 02; `2B` = addition
 * only), per the "House numbers, letters & additions" page. A leading single letter followed by nothing
 * or by a non-letter is the house letter [inferred from that page's examples]; anything else is addition.
 */
function splitAddition(combined: string): { houseletter?: string; addition?: string } {
  const text = combined.trim();
  if (text === '') return {};
  const match = /^([A-Za-z])(?![A-Za-z])[-\s]*(.*)$/.exec(text);
  const letter = match?.[1];
  if (!match || letter === undefined) return { addition: text };
  const rest = match[2] ?? '';
  return rest === '' ? { houseletter: letter } : { houseletter: letter, addition: rest };
}

function present<T>(value: T | undefined | null): value is T {
  return value !== undefined && value !== null && value !== '';
}

function fromObject(raw: RawItem): AddressSuggestion {
  const packed = raw.houseaddress ? HOUSEADDRESS.exec(raw.houseaddress.trim()) : null;
  const postcode = (raw.postcode ?? packed?.[1])?.replace(/\s+/g, '').toUpperCase();
  const housenumber = raw.housenumber ?? (packed?.[2] ? Number(packed[2]) : undefined);
  const split =
    raw.houseletter !== undefined || raw.housenumberaddition !== undefined
      ? {
          ...(present(raw.houseletter) ? { houseletter: raw.houseletter } : {}),
          ...(present(raw.housenumberaddition) ? { addition: raw.housenumberaddition } : {}),
        }
      : splitAddition(raw.houseaddition ?? packed?.[3] ?? '');
  const house = present(housenumber)
    ? `${housenumber}${split.houseletter ?? ''}${split.addition ? `-${split.addition}` : ''}`
    : '';
  const first = [raw.street, house].filter(present).join(' ');
  const second = [postcode, raw.city].filter(present).join(' ');
  const display = [first, second].filter(present).join(', ') || raw.houseaddress || '';
  return {
    ...(present(postcode) ? { postcode } : {}),
    ...(present(housenumber) ? { housenumber } : {}),
    ...split,
    ...(present(raw.street) ? { street: raw.street } : {}),
    ...(present(raw.city) ? { city: raw.city } : {}),
    ...(present(raw.province) ? { province: raw.province } : {}),
    ...(present(raw.bagid) ? { bagId: raw.bagid } : {}),
    display,
  };
}

function fromText(text: string): AddressSuggestion {
  const match = POSTCODE_IN_TEXT.exec(text);
  return match ? { postcode: `${match[1]}${match[2]}`.toUpperCase(), display: text } : { display: text };
}

const suggestions = z
  .array(z.union([z.string(), rawItem]), { error: 'response is not a list of suggestions' })
  .transform((items) =>
    items
      .map((item) => (typeof item === 'string' ? fromText(item) : fromObject(item)))
      .filter((item) => item.display !== ''),
  );

/**
 * Address autocomplete (five suggestions by default), mapped onto one typed suggestion.
 * Credits: the docs state no exception to "one successful call, one credit", so we count 1.
 * https://docs.altum.ai/english/property-data/auto-suggest-api/authentication-input-and-response
 */
export const autosuggest = defineOperation({
  id: 'autosuggest',
  method: 'GET',
  path: '/autosuggest/v2',
  summary: { en: 'Address suggestions', nl: 'Adressuggesties' },
  docsUrl: 'https://docs.altum.ai/english/property-data/auto-suggest-api/authentication-input-and-response',
  credits: 1,
  // The address register changes slowly.
  cacheTtlMs: ONE_DAY_MS,
  input: z.strictObject({
    search: z
      .string({ error: 'search text is required, e.g. 1071AA 28' })
      .trim()
      .min(1, 'search needs at least 1 character, e.g. 1071AA 28')
      .max(100, 'search text is too long'),
    // Documented values are `True`, `1` or `yes`; any of those, a boolean or 0/1 is accepted (a query
    // string arrives as text), and we send 1, leaving it out when false.
    fuzzy: z
      .union(
        [
          z.boolean(),
          z.literal(0),
          z.literal(1),
          z.enum(['True', 'true', '1', 'yes', 'False', 'false', '0', 'no']),
        ],
        {
          error: 'fuzzy is true/false, 1/0 or yes/no',
        },
      )
      .optional()
      .transform((value) =>
        value === true ||
        value === 1 ||
        value === 'True' ||
        value === 'true' ||
        value === '1' ||
        value === 'yes'
          ? 1
          : undefined,
      ),
    limit: z.coerce
      .number()
      .int()
      .min(1, 'limit must be 1 or more')
      .max(100, 'limit is at most 100')
      .optional(),
    offset: z.coerce.number().int().min(0, 'offset must be 0 or more').optional(),
  }),
  output: z.preprocess(unwrapList, suggestions),
});
