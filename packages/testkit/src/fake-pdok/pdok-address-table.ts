import { FAKE_ADDRESSES } from '../fake-altum/scenarios.ts';

/** One BAG address as the fake Locatieserver holds it (the fields of a `type:adres` document). */
export interface PdokDemoAddress {
  readonly straatnaam: string;
  readonly huisnummer: number;
  readonly huisletter?: string;
  readonly huisnummertoevoeging?: string;
  readonly postcode: string;
  readonly woonplaatsnaam: string;
  readonly gemeentenaam: string;
  readonly provincienaam: string;
  /** 16 digits, type code 20. */
  readonly nummeraanduiding_id: string;
  /** 16 digits, type code 01 (verblijfsobject). */
  readonly adresseerbaarobject_id: string;
  readonly adrestype?: 'hoofdadres' | 'nevenadres';
}

/**
 * The demo addresses, shared by the fake PDOK and tests so both fakes name the same dwellings:
 * Damrak 1 for the one-match path, several "Kerkstraat 1" for the picker, and the fake Altum's own
 * house and apartment. Ids are made up but shaped like BAG ids (municipality code, type code, serial).
 */
export const PDOK_DEMO = {
  damrak: {
    straatnaam: 'Damrak',
    huisnummer: 1,
    postcode: '1012LG',
    woonplaatsnaam: 'Amsterdam',
    gemeentenaam: 'Amsterdam',
    provincienaam: 'Noord-Holland',
    nummeraanduiding_id: '0363200000218908',
    adresseerbaarobject_id: '0363010000696734',
  },
  prinsengrachtH: {
    straatnaam: 'Prinsengracht',
    huisnummer: 263,
    huisnummertoevoeging: 'H',
    postcode: '1016GV',
    woonplaatsnaam: 'Amsterdam',
    gemeentenaam: 'Amsterdam',
    provincienaam: 'Noord-Holland',
    nummeraanduiding_id: '0363200000402261',
    adresseerbaarobject_id: '0363010000758545',
  },
  prinsengracht1: {
    straatnaam: 'Prinsengracht',
    huisnummer: 263,
    huisnummertoevoeging: '1',
    postcode: '1016GV',
    woonplaatsnaam: 'Amsterdam',
    gemeentenaam: 'Amsterdam',
    provincienaam: 'Noord-Holland',
    nummeraanduiding_id: '0363200000402262',
    adresseerbaarobject_id: '0363010000758546',
  },
  house: {
    straatnaam: 'Hobbemastraat',
    huisnummer: FAKE_ADDRESSES.house.housenumber,
    huisletter: FAKE_ADDRESSES.house.addition,
    postcode: FAKE_ADDRESSES.house.postcode,
    woonplaatsnaam: 'Amsterdam',
    gemeentenaam: 'Amsterdam',
    provincienaam: 'Noord-Holland',
    nummeraanduiding_id: '0363200000090028',
    adresseerbaarobject_id: '0363010000090028',
  },
  apartment: {
    straatnaam: 'Keizersgracht',
    huisnummer: FAKE_ADDRESSES.apartment.housenumber,
    huisnummertoevoeging: FAKE_ADDRESSES.apartment.addition,
    postcode: FAKE_ADDRESSES.apartment.postcode,
    woonplaatsnaam: 'Amsterdam',
    gemeentenaam: 'Amsterdam',
    provincienaam: 'Noord-Holland',
    nummeraanduiding_id: '0363200000101002',
    adresseerbaarobject_id: '0363010000101002',
  },
  binnenhof: {
    straatnaam: 'Binnenhof',
    huisnummer: 1,
    huisletter: 'A',
    postcode: '2513AA',
    woonplaatsnaam: "'s-Gravenhage",
    gemeentenaam: "'s-Gravenhage",
    provincienaam: 'Zuid-Holland',
    nummeraanduiding_id: '0518200000747651',
    adresseerbaarobject_id: '0518010000747651',
  },
} as const satisfies Record<string, PdokDemoAddress>;

/** `Kerkstraat 1` exists in many towns: no city typed means a picker. */
const KERKSTRAAT_TOWNS = [
  ['Amsterdam', 'Amsterdam', 'Noord-Holland', '1017GA', '0363'],
  ['Haarlem', 'Haarlem', 'Noord-Holland', '2011HA', '0392'],
  ['Utrecht', 'Utrecht', 'Utrecht', '3511LX', '0344'],
  ['Eindhoven', 'Eindhoven', 'Noord-Brabant', '5611GH', '0772'],
  ['Zwolle', 'Zwolle', 'Overijssel', '8011RS', '0193'],
  ['Hilversum', 'Hilversum', 'Noord-Holland', '1211CL', '0402'],
] as const;

export const KERKSTRAAT_1: readonly PdokDemoAddress[] = KERKSTRAAT_TOWNS.map(
  ([city, municipality, province, postcode, code]) => ({
    straatnaam: 'Kerkstraat',
    huisnummer: 1,
    postcode,
    woonplaatsnaam: city,
    gemeentenaam: municipality,
    provincienaam: province,
    nummeraanduiding_id: `${code}200000000001`,
    adresseerbaarobject_id: `${code}010000000001`,
  }),
);

/** Every address the fake PDOK serves. */
export const PDOK_DEMO_ADDRESSES: readonly PdokDemoAddress[] = [...Object.values(PDOK_DEMO), ...KERKSTRAAT_1];
