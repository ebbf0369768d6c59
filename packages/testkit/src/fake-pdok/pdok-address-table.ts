import { DEMO_ADDRESSES, type DemoAddress } from '../demo/demo-addresses.ts';
import { hashText } from '../demo/seed.ts';

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
  /** 16 digits: municipality code, type code 20, serial. */
  readonly nummeraanduiding_id: string;
  /** 16 digits: municipality code, type code 01 (verblijfsobject), serial. */
  readonly adresseerbaarobject_id: string;
  readonly adrestype?: 'hoofdadres' | 'nevenadres';
}

/**
 * A demo address as a BAG record. A single letter after the number is a huisletter, anything else a
 * huisnummertoevoeging (as in BAG). The ids are made up, deterministic and shaped like BAG ids.
 */
export function toPdokAddress(address: DemoAddress): PdokDemoAddress {
  const addition = address.addition;
  const serial = String(
    hashText(`${address.postcode}/${address.housenumber}/${addition ?? ''}`) % 1e10,
  ).padStart(10, '0');
  return {
    straatnaam: address.street,
    huisnummer: address.housenumber,
    ...(addition && /^[A-Z]$/i.test(addition) ? { huisletter: addition.toUpperCase() } : {}),
    ...(addition && !/^[A-Z]$/i.test(addition) ? { huisnummertoevoeging: addition } : {}),
    postcode: address.postcode,
    woonplaatsnaam: address.city,
    gemeentenaam: address.municipality,
    provincienaam: address.province,
    nummeraanduiding_id: `${address.municipalityCode}20${serial}`,
    adresseerbaarobject_id: `${address.municipalityCode}01${serial}`,
  };
}

/**
 * Every address the fake PDOK serves: the testkit's demo address book (the one the fake Altum
 * describes dwellings from), so both fakes name the same street and town for an address.
 */
export const PDOK_DEMO_ADDRESSES: readonly PdokDemoAddress[] = DEMO_ADDRESSES.map(toPdokAddress);

/** The BAG record of a demo address, e.g. for a test that needs Damrak 1's nummeraanduiding id. */
export function findPdokDemo(postcode: string, housenumber: number, addition?: string): PdokDemoAddress {
  const found = PDOK_DEMO_ADDRESSES.find(
    (a) =>
      a.postcode === postcode &&
      a.huisnummer === housenumber &&
      (a.huisletter ?? a.huisnummertoevoeging ?? '') === (addition ?? ''),
  );
  if (!found) throw new Error(`${postcode} ${housenumber}${addition ?? ''} is not a demo address`);
  return found;
}
