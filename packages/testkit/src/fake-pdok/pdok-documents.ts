import { createHash } from 'node:crypto';
import type { PdokDemoAddress } from './pdok-address-table.ts';

/** A Locatieserver document: every field of the `adres` type, plus the Solr `score` when asked for. */
export type PdokDocument = Readonly<Record<string, string | number>>;

function number(address: PdokDemoAddress): string {
  const letter = address.huisletter ?? '';
  const addition = address.huisnummertoevoeging ? `-${address.huisnummertoevoeging}` : '';
  return `${address.huisnummer}${letter}${addition}`;
}

/**
 * Builds the document Locatieserver v3.1 returns for an address (field names from the PDOK wiki,
 * https://github.com/PDOK/locatieserver/wiki/API-Locatieserver): `weergavenaam` reads
 * `Damrak 1, 1012LG Amsterdam`, `huis_nlt` joins number, letter and addition, ids are `adr-<hash>`.
 */
export function toDocument(address: PdokDemoAddress): PdokDocument {
  const id = `adr-${createHash('md5').update(address.nummeraanduiding_id).digest('hex')}`;
  return {
    type: 'adres',
    id,
    weergavenaam: `${address.straatnaam} ${number(address)}, ${address.postcode} ${address.woonplaatsnaam}`,
    straatnaam: address.straatnaam,
    straatnaam_verkort: address.straatnaam,
    huisnummer: address.huisnummer,
    ...(address.huisletter ? { huisletter: address.huisletter } : {}),
    ...(address.huisnummertoevoeging ? { huisnummertoevoeging: address.huisnummertoevoeging } : {}),
    huis_nlt: number(address).replace('-', ''),
    postcode: address.postcode,
    woonplaatsnaam: address.woonplaatsnaam,
    gemeentenaam: address.gemeentenaam,
    provincienaam: address.provincienaam,
    nummeraanduiding_id: address.nummeraanduiding_id,
    adresseerbaarobject_id: address.adresseerbaarobject_id,
    adrestype: address.adrestype ?? 'hoofdadres',
    bron: 'BAG',
    centroide_ll: 'POINT(4.89 52.37)',
  };
}

/** A street document (`type:weg`), so `fq=type:adres` visibly filters something. */
export function streetDocument(address: PdokDemoAddress): PdokDocument {
  return {
    type: 'weg',
    id: `weg-${createHash('md5').update(`${address.straatnaam}|${address.woonplaatsnaam}`).digest('hex')}`,
    weergavenaam: `${address.straatnaam}, ${address.woonplaatsnaam}`,
    straatnaam: address.straatnaam,
    woonplaatsnaam: address.woonplaatsnaam,
    gemeentenaam: address.gemeentenaam,
    provincienaam: address.provincienaam,
  };
}
