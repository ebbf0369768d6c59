/** A test portfolio: `distinct` valid addresses, `duplicates` repeats of some of them, `bad` unusable rows. */
export interface Portfolio {
  readonly csv: string;
  readonly rows: number;
  /** Addresses as `1234AB 5` in first-seen order. */
  readonly addresses: readonly { postcode: string; housenumber: number }[];
  readonly badLines: readonly number[];
}

export function makePortfolio(options: {
  distinct: number;
  duplicates: number;
  bad: number;
  delimiter?: string;
}): Portfolio {
  const d = options.delimiter ?? ';';
  const addresses = Array.from({ length: options.distinct }, (_, i) => ({
    postcode: `${2000 + (i % 900)}${String.fromCharCode(65 + Math.floor(i / 900))}B`,
    housenumber: 1 + i,
  }));
  const rows: string[] = [];
  const badLines: number[] = [];
  let dup = 0;
  let bad = 0;
  for (let i = 0; i < addresses.length; i++) {
    const a = addresses[i] as { postcode: string; housenumber: number };
    rows.push([a.postcode, String(a.housenumber), '', `ref-${i}`].join(d));
    // Spread duplicates and bad rows through the file (spacing in a typed form, too).
    if (dup < options.duplicates && i % 4 === 1) {
      const b = addresses[i - 1] as { postcode: string; housenumber: number };
      rows.push(
        [
          `${b.postcode.slice(0, 4)} ${b.postcode.slice(4).toLowerCase()}`,
          String(b.housenumber),
          '',
          `dup-${dup++}`,
        ].join(d),
      );
    }
    if (bad < options.bad && i % 50 === 7) {
      rows.push(['1005AB', '1', '', `bad-${bad}`].join(d));
      badLines.push(rows.length + 1);
      bad++;
    }
  }
  while (dup < options.duplicates) {
    const b = addresses[dup % addresses.length] as { postcode: string; housenumber: number };
    rows.push([b.postcode, String(b.housenumber), '', `dup-${dup++}`].join(d));
  }
  const header = ['Postcode', 'Huisnummer', 'Toevoeging', 'Kenmerk'].join(d);
  return { csv: [header, ...rows].join('\r\n'), rows: rows.length, addresses, badLines };
}
