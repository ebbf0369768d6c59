import { type Dwelling, dwellingFor } from '../../demo/dwelling.ts';
import { priceIndex, valueOn } from '../../demo/market-model.ts';
import { seeded } from '../../demo/seed.ts';
import { compactDate, type FillContext, type Filler, record, valuationDate } from './fill-context.ts';

const LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';

/** Metres between two points (haversine). */
function distance(a: Dwelling, b: Dwelling): number {
  const rad = Math.PI / 180;
  const dLat = (b.address.lat - a.address.lat) * rad;
  const dLon = (b.address.lon - a.address.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.address.lat * rad) * Math.cos(b.address.lat * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(6_371_000 * 2 * Math.asin(Math.sqrt(h)));
}

/** A €25,000 bucket as Altum writes sold prices: `350000-375000`. */
function bucket(value: number): string {
  const low = Math.floor(value / 25_000) * 25_000;
  return `${low}-${low + 25_000}`;
}

/**
 * Homes sold nearby that resemble this one: neighbours in the same four-digit postcode, each itself
 * a demo dwelling (so looking one up shows the same home), ranked by likeness and distance.
 */
export function comparables(ctx: FillContext, count: number, monthsBack: number) {
  const { dwelling: home } = ctx;
  const rng = seeded(`${home.bagId}/reference`);
  const pc4 = home.address.postcode.slice(0, 4);
  const candidates: Dwelling[] = [];
  for (let i = 0; i < 40; i += 1) {
    const postcode = `${pc4}${rng.pick([...LETTERS])}${rng.pick([...LETTERS])}`;
    const other = dwellingFor({ postcode, housenumber: rng.int(1, 160) });
    if (other.bagId !== home.bagId && other.type.key === home.type.key) candidates.push(other);
  }
  const score = (c: Dwelling) =>
    Math.abs(c.livingArea - home.livingArea) / home.livingArea +
    Math.abs(c.buildYear - home.buildYear) / 40 +
    distance(home, c) / 2_000;
  const valuedOn = valuationDate(ctx);
  return candidates
    .sort((a, b) => score(a) - score(b))
    .slice(0, count)
    .map((c) => {
      const sold = new Date(ctx.today.getTime() - rng.int(1, monthsBack) * 30 * 86_400_000);
      const price = valueOn(c.valueIn2024, sold) * rng.around(0.04);
      return {
        dwelling: c,
        sold,
        price,
        indexed: (price * priceIndex(valuedOn)) / priceIndex(sold),
        distance: distance(home, c),
        weight: Math.max(0.3, Math.round((1 - score(c) / 2) * 100) / 100),
      };
    });
}

const reference: Filler = (body, ctx) => {
  const { dwelling: d } = ctx;
  const given = record(body.GivenHouse);
  const data = record(body.ReferenceData);
  const houses = Array.isArray(data.ReferenceHouses) ? data.ReferenceHouses : [];
  const template = record(houses[0]);
  const count = Math.min(30, Number(ctx.input.reference_number ?? 10));
  const months = Number(ctx.input.date_limit ?? 24);
  const found = comparables(ctx, count, Number.isFinite(months) && months > 0 ? months : 24);
  const mean = found.reduce((sum, c) => sum + c.indexed, 0) / Math.max(1, found.length);
  return {
    ...body,
    GivenHouse: {
      ...given,
      PostCode: d.address.postcode,
      HouseNumber: d.address.housenumber,
      HouseAddition: d.address.addition ?? null,
      ValuationDate: Number(compactDate(valuationDate(ctx))),
      InnerSurfaceArea: d.livingArea,
      OuterSurfaceArea: d.plotArea,
      HouseType: d.type.avm,
      BuildYear: d.buildYear,
      EnergyLabel: d.registered
        ? {
            DefinitiveEnergyLabel: d.registered.label,
            DefinitiveType: d.registered.method,
            DefinitiveValidity: d.registered.validUntil,
          }
        : null,
    },
    Inputs: { ...record(body.Inputs), DateLimit: months },
    ReferenceData: {
      ...data,
      ReferencePriceMean: found.length > 0 ? bucket(mean) : null,
      ReferenceHouses: found.map(({ dwelling: c, sold, price, indexed, distance, weight }) => ({
        ...template,
        PostCode: c.address.postcode,
        HouseNumber: c.address.housenumber,
        HouseAddition: null,
        Street: c.address.street,
        City: c.address.city,
        HouseType: c.type.avm,
        BuildYear: c.buildYear,
        InnerSurfaceArea: c.livingArea,
        OuterSurfaceArea: c.plotArea,
        Volume: c.volume,
        DefinitiveEnergyLabel: c.registered?.label ?? null,
        DefinitiveType: c.registered?.method ?? null,
        DefinitiveValidity: c.registered?.validUntil ?? null,
        Longitude: c.address.lon,
        Latitude: c.address.lat,
        Transactiondate: Number(compactDate(sold).slice(0, 6)),
        TransactionPrice: bucket(price),
        IndexedTransactionPrice: bucket(indexed),
        PriceIndex: Math.round((indexed / price) * 100) / 100,
        Distance: distance,
        Weight: weight,
        Source: 'Kadaster',
      })),
    },
  };
};

export const referenceFillers: Readonly<Record<string, Filler>> = { reference };
