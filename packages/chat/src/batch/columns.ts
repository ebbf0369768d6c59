import { BatchFileError } from './batch-file-error.ts';

/** Where the address is in the file: separate columns, or one free-text column. */
export type AddressColumns =
  | {
      readonly kind: 'parts';
      readonly postcode: number;
      readonly number: number;
      readonly addition?: number;
      readonly letter?: number;
    }
  | { readonly kind: 'single'; readonly address: number };

/** Header words in nl and en (compared lower-case, without spaces, dots, dashes or underscores). */
const HEADER_WORDS = {
  postcode: ['postcode', 'postalcode', 'zip', 'zipcode', 'pc', 'pc6'],
  number: ['huisnummer', 'huisnr', 'nummer', 'nr', 'number', 'housenumber', 'houseno', 'no'],
  addition: ['toevoeging', 'huisnummertoevoeging', 'toev', 'addition', 'houseaddition', 'suffix'],
  letter: ['huisletter', 'letter', 'houseletter'],
  address: ['adres', 'address', 'volledigadres', 'fulladdress', 'straatadres', 'streetaddress'],
} as const;

type Role = keyof typeof HEADER_WORDS;

export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\s._\-/()#:]+/g, '');
}

/** Finds the address columns by header, or throws `no_address_columns` naming what the file has. */
export function findAddressColumns(headers: readonly string[]): AddressColumns {
  const found: Partial<Record<Role, number>> = {};
  headers.forEach((header, index) => {
    const word = normaliseHeader(header);
    for (const role of Object.keys(HEADER_WORDS) as Role[]) {
      if (found[role] === undefined && (HEADER_WORDS[role] as readonly string[]).includes(word))
        found[role] = index;
    }
  });
  if (found.postcode !== undefined && found.number !== undefined) {
    return {
      kind: 'parts',
      postcode: found.postcode,
      number: found.number,
      ...(found.addition === undefined ? {} : { addition: found.addition }),
      ...(found.letter === undefined ? {} : { letter: found.letter }),
    };
  }
  if (found.address !== undefined) return { kind: 'single', address: found.address };
  throw new BatchFileError('no_address_columns', {
    headers:
      headers
        .filter((h) => h !== '')
        .slice(0, 10)
        .join(', ') || '—',
  });
}
