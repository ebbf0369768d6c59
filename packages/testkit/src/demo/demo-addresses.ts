import { type DemoPlace, type Locality, placeForPostcode } from './demo-places.ts';
import { hashText } from './seed.ts';

/**
 * The demo's address book, shared by the fake Altum and the fake address resolver so that both name
 * the same street and town for a postcode. Every postcode has one street (as most Dutch postcodes
 * cover one side of one street): a real street of its town from the place table, or the street of a
 * well-known address below. The numbers and letters of the well-known addresses are illustrative
 * (no BAG extract is available offline), the streets and towns are real.
 */

export interface DemoAddress extends Locality {
  readonly postcode: string;
  readonly housenumber: number;
  readonly addition?: string;
  readonly street: string;
}

type Named = readonly [postcode: string, housenumber: number, addition: string | undefined, street: string];

const NAMED: readonly Named[] = [
  // The playground's example house (FAKE_ADDRESSES.house): a herenhuis near the Concertgebouw.
  ['1071AA', 28, 'B', 'Van Baerlestraat'],
  ['1012LG', 1, undefined, 'Damrak'],
  ['1017GA', 1, undefined, 'Kerkstraat'],
  ['1211CL', 1, undefined, 'Kerkstraat'],
  ['5211KH', 1, undefined, 'Kerkstraat'],
  ['5611GH', 1, undefined, 'Kerkstraat'],
  ['3511AX', 100, undefined, 'Oudegracht'],
  ['2511BT', 70, undefined, 'Spui'],
  ['3581KP', 12, undefined, 'Johannes de Bekerstraat'],
  ['2771DS', 87, undefined, 'Zuidkade'],
  // One number with two dwellings and no bare address: free text without the addition gets a picker.
  ['1016GV', 263, 'H', 'Prinsengracht'],
  ['1016GV', 263, '1', 'Prinsengracht'],
  ['2513AA', 1, 'A', 'Binnenhof'],
];

/** Streets fixed by the well-known addresses; other postcodes get one of their town's streets. */
const STREET_OF_POSTCODE: ReadonlyMap<string, string> = new Map(
  NAMED.map(([pc, , , street]) => [pc, street]),
);

function streetFor(postcode: string, place: DemoPlace): string {
  return (
    STREET_OF_POSTCODE.get(postcode) ??
    place.streets[hashText(postcode) % place.streets.length] ??
    'Dorpsstraat'
  );
}

/** A few hundred metres around the town centre, the same for every number of one postcode. */
function locate(postcode: string, place: DemoPlace): { lat: number; lon: number } {
  const h = hashText(`${postcode}/location`);
  const dLat = ((h & 0xffff) / 0xffff - 0.5) * 0.008;
  const dLon = ((h >>> 16) / 0xffff - 0.5) * 0.012;
  return { lat: round(place.lat + dLat, 6), lon: round(place.lon + dLon, 6) };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The demo address of any postcode + house number: street, town, municipality, province, location. */
export function demoAddress(address: {
  readonly postcode: string;
  readonly housenumber: number;
  readonly addition?: string | undefined;
}): DemoAddress {
  const postcode = address.postcode.replace(/\s+/g, '').toUpperCase();
  const place = placeForPostcode(postcode);
  const location = locate(postcode, place);
  return {
    postcode,
    housenumber: address.housenumber,
    // Additions are case-insensitive (`28b` is `28B`); one spelling keeps the dwelling the same.
    ...(address.addition ? { addition: address.addition.toUpperCase() } : {}),
    street: streetFor(postcode, place),
    city: place.city,
    neighbourhood: place.neighbourhood,
    municipality: place.municipality,
    municipalityCode: place.municipalityCode,
    province: place.province,
    // Numbers along the street, about 6 m apart, so comparables lie at believable distances.
    lat: round(location.lat + (address.housenumber % 200) * 0.00003, 6),
    lon: location.lon,
  };
}

/** Well-known demo addresses, e.g. for a fake address resolver's free-text search. */
export const DEMO_ADDRESSES: readonly DemoAddress[] = NAMED.map(([postcode, housenumber, addition]) =>
  demoAddress({ postcode, housenumber, addition }),
);

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();

/**
 * Well-known demo addresses matching free text such as `Damrak 1 Amsterdam` or `Kerkstraat 1`: every
 * word must appear in the street, number, addition, postcode or town (accents and case ignored).
 * `Kerkstraat 1` matches several towns, as it would on PDOK.
 */
export function searchDemoAddresses(text: string): DemoAddress[] {
  const words = fold(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return DEMO_ADDRESSES.filter((a) => {
    const haystack = fold(
      `${a.street} ${a.housenumber} ${a.addition ?? ''} ${a.housenumber}${a.addition ?? ''} ${a.postcode} ${a.city}`,
    ).split(' ');
    return words.every((word) => haystack.includes(word));
  });
}
