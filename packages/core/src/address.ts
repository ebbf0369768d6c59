/**
 * Dutch address parsing, forgiving about how people type it (`1071AA 28B`, `1071 aa 28-b`,
 * `1071AA 28 B`) and strict about what Altum accepts, so a bad address never costs a credit.
 * Rules: https://docs.altum.ai (postcode regex quoted in every endpoint's 422 body).
 */

/** Altum's own postcode regex; 1000–1010 are PO-box ranges it refuses. */
export const POSTCODE_PATTERN =
  /^(?!1000|1001|1002|1003|1004|1005|1006|1007|1008|1009|1010)[1-9][0-9]{3}[A-Z]{2}$/;

export interface Address {
  readonly postcode: string;
  readonly housenumber: number;
  /**
   * House letter and/or addition as one string (`B`, `b`, `A02`, `Hs+1`), in the case it was typed;
   * absent when there is none.
   */
  readonly addition?: string;
}

export type AddressProblem =
  | 'missing'
  | 'postcode_format'
  | 'postcode_reserved'
  | 'housenumber_missing'
  | 'housenumber_range'
  | 'addition_format';

export type AddressResult =
  | { readonly ok: true; readonly address: Address }
  | { readonly ok: false; readonly problem: AddressProblem };

const MAX_HOUSENUMBER = 99_999;
const ADDITION_PATTERN = /^[A-Z0-9][A-Z0-9+\-/ ]{0,9}$/i;

/** `1234 ab` → `1234AB`. Does not validate; see `checkPostcode`. */
export function normalisePostcode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export function checkPostcode(postcode: string): AddressProblem | undefined {
  if (POSTCODE_PATTERN.test(postcode)) return undefined;
  return /^10(0\d|10)[A-Z]{2}$/.test(postcode) ? 'postcode_reserved' : 'postcode_format';
}

/**
 * `A`, ` -a`, `/2`, `hs+1` → `A`, `a`, `2`, `hs+1`; empty means no addition. The case is kept as typed:
 * BAG registers a house letter in the case the municipality gave it (a–z or A–Z), Altum's own answers
 * print lower-case letters as they are in BAG (`"houseaddition": "b"`, `4554LB-119-b` on the auto-suggest
 * page; `"house_addition": "g"` in the v1 energy-label request example), while the "House numbers,
 * letters & additions" page writes `A02`. No page says Altum matches letters case-insensitively, so we
 * send what the user (or the address register) gave rather than change it.
 * https://docs.altum.ai/english/property-valuation-and-market/avm+-api/house-numbers-letters-and-additions
 */
export function normaliseAddition(raw: string): string {
  return raw
    .trim()
    .replace(/^[-/\s]+/, '')
    .replace(/\s+/g, ' ');
}

/** `10`, `10A`, `10-a`, `10 A` → house number 10 with addition `A`. */
export function parseHouseNumber(
  raw: string,
): { ok: true; housenumber: number; addition?: string } | { ok: false; problem: AddressProblem } {
  const match = /^\s*(\d+)\s*(.*)$/s.exec(raw);
  if (!match) return { ok: false, problem: 'housenumber_missing' };
  const housenumber = Number(match[1]);
  if (!Number.isSafeInteger(housenumber) || housenumber < 1 || housenumber > MAX_HOUSENUMBER) {
    return { ok: false, problem: 'housenumber_range' };
  }
  const addition = normaliseAddition(match[2] ?? '');
  if (addition === '') return { ok: true, housenumber };
  if (!ADDITION_PATTERN.test(addition)) return { ok: false, problem: 'addition_format' };
  return { ok: true, housenumber, addition };
}

/** Parses `<postcode> <number>[<addition>]` as typed in chat. */
export function parseAddress(text: string): AddressResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'missing' };
  const match = /^(\d{4})\s*([a-zA-Z]{2})(?![a-zA-Z])[\s,]*(.*)$/s.exec(trimmed);
  if (!match) return { ok: false, problem: 'postcode_format' };
  const postcode = normalisePostcode(`${match[1]}${match[2]}`);
  const postcodeProblem = checkPostcode(postcode);
  if (postcodeProblem) return { ok: false, problem: postcodeProblem };
  if ((match[3] ?? '').trim() === '') return { ok: false, problem: 'housenumber_missing' };
  const house = parseHouseNumber(match[3] ?? '');
  if (!house.ok) return house;
  const address: Address =
    house.addition === undefined
      ? { postcode, housenumber: house.housenumber }
      : { postcode, housenumber: house.housenumber, addition: house.addition };
  return { ok: true, address };
}

/** Renders an address the way Dutch people write it: `1071AA 28-B`. */
export function formatAddress(address: Address): string {
  return `${address.postcode} ${address.housenumber}${address.addition ? `-${address.addition}` : ''}`;
}
