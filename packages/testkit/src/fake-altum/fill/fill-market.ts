import { priceIndex, roundTo } from '../../demo/market-model.ts';
import { seeded } from '../../demo/seed.ts';
import {
  avmValue,
  compactDate,
  confidenceText,
  type FillContext,
  type Filler,
  latestWoz,
  listing,
  record,
  sales,
  valuationDate,
  wozValues,
} from './fill-context.ts';

/** `01-01-2024` as /woz writes its dates. */
const dayMonthYear = (year: number) => `01-01-${year}`;

/** The fields every market endpoint repeats about the building, in /avm's capitalised spelling. */
function capitalised(ctx: FillContext) {
  const { dwelling: d } = ctx;
  return {
    BagID: d.bagId,
    PostCode: d.address.postcode,
    HouseNumber: String(d.address.housenumber),
    HouseAddition: d.address.addition ?? null,
    City: d.address.city,
    Street: d.address.street,
    HouseType: d.type.avm,
    BuildYear: String(d.buildYear),
    InnerSurfaceArea: String(d.livingArea),
    OuterSurfaceArea: String(d.plotArea),
    Volume: String(d.volume),
    Longitude: String(d.address.lon),
    Latitude: String(d.address.lat),
  };
}

const avm: Filler = (body, ctx) => {
  const date = valuationDate(ctx);
  const price = avmValue(ctx, date);
  return {
    ...body,
    Output: {
      ...record(body.Output),
      ...capitalised(ctx),
      EnergyLabel: ctx.dwelling.registered?.label ?? null,
      Rooms: String(ctx.dwelling.rooms),
      ValuationDate: compactDate(date),
      PriceEstimation: String(price),
      Confidence: confidenceText(price, 0.08),
    },
  };
};

const avmplus: Filler = (body, ctx) => {
  const { dwelling: d } = ctx;
  const date = valuationDate(ctx);
  // AVM+ adds listing and local data to the same model: close to the AVM, a little surer.
  const price = roundTo(avmValue(ctx, date) * seeded(`${d.bagId}/avmplus`).around(0.03), 1_000);
  const label = typeof ctx.input.energylabel === 'string' ? ctx.input.energylabel : d.energy.label;
  return {
    ...body,
    bag_id: d.bagId,
    postcode: d.address.postcode,
    housenumber: d.address.housenumber,
    houseaddition: d.address.addition ?? null,
    city: d.address.city,
    street: d.address.street,
    house_type: d.type.full,
    build_year: d.buildYear,
    inner_surface_area: d.livingArea,
    outer_surface_area: d.plotArea,
    volume: d.volume,
    energy_label: label,
    longitude: d.address.lon,
    latitude: d.address.lat,
    valuation_date: compactDate(date),
    price_estimation: price,
    confidence: confidenceText(price, 0.06),
  };
};

const woz: Filler = (body, ctx) => {
  const { dwelling: d } = ctx;
  const values = wozValues(ctx);
  const newest = values[0];
  const indexed = newest
    ? roundTo((newest.value * priceIndex(ctx.today)) / priceIndex(new Date(Date.UTC(newest.year, 0, 1))), 1)
    : undefined;
  const output = record(body.Output);
  return {
    ...body,
    Output: {
      ...output,
      BagID: d.bagId,
      PostCode: d.address.postcode,
      HouseNumber: String(d.address.housenumber),
      HouseAddition: d.address.addition ?? null,
      HouseAddress: `${d.address.postcode}-${d.address.housenumber}-${d.address.addition ?? ''}`,
      City: d.address.city,
      Street: d.address.street,
      BuildYear: d.buildYear,
      OuterSurfaceArea: d.plotArea,
      Longitude: d.address.lon,
      Latitude: d.address.lat,
      // Published in February of the tax year, the year after the peildatum.
      'WOZ-source_date': newest ? `${newest.year + 1}-02-28` : null,
      wozvalue: values.map((entry, i) => ({
        Date: dayMonthYear(entry.year),
        Value: String(entry.value),
        ...(i === 0 && indexed !== undefined ? { IndexedValue: String(indexed) } : {}),
      })),
    },
  };
};

const listingprice: Filler = (body, ctx) => {
  const date = valuationDate(ctx);
  const { BuildYear: _year, Volume: _volume, Longitude: _lon, Latitude: _lat, ...fields } = capitalised(ctx);
  return {
    ...body,
    Output: {
      ...record(body.Output),
      ...fields,
      ValuationDate: compactDate(date),
      ListingPrice: String(listing(ctx)?.askingPrice ?? roundTo(avmValue(ctx, date) * 1.04, 5_000)),
    },
  };
};

const movedata: Filler = (body, ctx) => {
  const { dwelling: d } = ctx;
  const onSale = listing(ctx);
  const decade = Math.floor((d.buildYear - 1) / 10) * 10;
  return {
    ...body,
    Output: {
      ...record(body.Output),
      ...capitalised(ctx),
      BuildingType: d.type.key === 'appartement' ? 'Meergezinswoning' : 'Eengezinswoning',
      BuildingPeriod: `${decade + 1}-${decade + 10}`,
      ParcelSize: String(d.plotArea),
      EnergyLabel: d.registered?.label ?? null,
      ProvisionalEnergyLabel: d.energy.label,
      AskingPrice: onSale?.askingPrice ?? null,
      ListedSince: onSale?.since ?? null,
      Rooms: String(d.rooms),
      Bedrooms: d.bedrooms,
      NumberOfFloors: d.layers,
      Floor: 0,
      NumberOfBathrooms: d.bathrooms,
    },
  };
};

const transaction: Filler = (body, ctx) => {
  const { dwelling: d } = ctx;
  const template = record(Array.isArray(body.Output) ? body.Output[0] : body.Output);
  return {
    ...body,
    Output: sales(ctx).map((sale) => ({
      ...template,
      Transaction: `Transaction-${compactDate(sale.date)}`,
      BagID: d.bagId,
      PostCode: d.address.postcode,
      HouseNumber: d.address.housenumber,
      HouseAddition: d.address.addition ?? null,
      // Kadaster writes places in capitals.
      City: d.address.city.toUpperCase(),
      Street: d.address.street.toUpperCase(),
      OuterSurfaceArea: d.plotArea,
      MoreRealEstate: 'N',
      RentedOut: 'N',
      FamilyTransaction: 'N',
      TransactionDate: Number(compactDate(sale.date)),
      TransactionPrice: sale.price,
      TransactionPriceIndexed: sale.indexed,
    })),
  };
};

const rebuild: Filler = (body, ctx) => {
  const { dwelling: d } = ctx;
  const wozValue = latestWoz(ctx);
  // Land is a larger share of the value in the big cities' old centres than in newer suburbs.
  const landShare = d.buildYear < 1940 ? 0.4 : 0.3;
  const parcel = roundTo(wozValue * landShare, 5);
  const onSale = listing(ctx);
  const lastSale = sales(ctx)[0];
  const sloped = d.surfaces.slopedRoof;
  const flat = d.surfaces.flatRoof;
  return {
    ...body,
    Output: {
      ...record(body.Output),
      bag_id: d.bagId,
      postcode: d.address.postcode,
      housenumber: String(d.address.housenumber),
      houseaddition: d.address.addition ?? null,
      region: d.address.province,
      city: d.address.city,
      street: d.address.street,
      build_year: String(d.buildYear),
      inner_surface_area: String(d.livingArea),
      outer_surface_area: String(d.plotArea),
      volume: String(d.volume),
      house_type_generic: d.type.key === 'appartement' ? 'Appartement' : 'Huis',
      house_type: d.type.full,
      energy_label: d.registered?.label ?? d.energy.label,
      monument_status: d.monument ? 'Rijksmonument' : 'Geen monument',
      // Rebuilding per m³: older, taller homes cost more to build again.
      rebuild_value: String(roundTo(d.volume * (d.buildYear < 1940 ? 1_320 : 1_080), 1)),
      woz_value: String(wozValue),
      parcel_value: String(parcel),
      building_value: String(Math.max(0, wozValue - parcel)),
      number_of_rooms: String(d.rooms),
      number_of_building_layers: String(d.layers),
      main_building_surface_area: String(d.surfaces.floor),
      listing_status: onSale ? 'Te koop' : null,
      asking_price: onSale ? String(onSale.askingPrice) : null,
      asking_price_date: onSale?.since ?? null,
      last_sold_date: lastSale ? lastSale.date.toISOString().slice(0, 10) : null,
      roof_type: sloped >= flat ? 'slanted' : 'flat',
      roof_surfaces: [
        ...(sloped > 0
          ? [
              { orientation: 'S', area: (sloped / 2).toFixed(1), perimeter: '29.1', angle: '42' },
              { orientation: 'N', area: (sloped / 2).toFixed(1), perimeter: '29.0', angle: '42' },
            ]
          : []),
        ...(flat > 0 ? [{ orientation: 'flat', area: flat.toFixed(1), perimeter: '24.0', angle: '0' }] : []),
      ],
    },
  };
};

function objectdataFields(ctx: FillContext, base: Record<string, unknown>): Record<string, unknown> {
  const { dwelling: d } = ctx;
  const cityViews = d.address.city === 'Amsterdam' && d.buildYear < 1940;
  return {
    ...base,
    bag_id: Number(d.bagId),
    postcode: d.address.postcode,
    housenumber: d.address.housenumber,
    houseaddition: d.address.addition ?? null,
    valuation_date: compactDate(valuationDate(ctx)),
    city: d.address.city,
    street: d.address.street,
    house_type_generic: d.type.key === 'appartement' ? 'Appartement' : 'Huis',
    house_type_specific: d.type.specific,
    type_house_construction: d.type.construction,
    inner_surface_area: d.livingArea,
    outer_surface_area: d.plotArea,
    build_year: d.buildYear,
    volume: d.volume,
    rooms: d.rooms,
    number_of_bathrooms: d.bathrooms,
    garden_location: d.plotArea > d.surfaces.floor ? 'Achtertuin' : null,
    monument: d.monument ? 1 : 0,
    monument_description: d.monument ? 'Rijksmonument' : 'Geen monument / Onbekend',
    longitude: d.address.lon,
    latitude: d.address.lat,
    neighbourhood_code: `BU${d.address.municipalityCode}${String(d.bagId).slice(-4)}`,
    neighbourhood_name: d.address.neighbourhood,
    municipality_code: `GM${d.address.municipalityCode}`,
    municipality_name: d.address.municipality,
    province: d.address.province,
    protected_cityviews: cityViews ? base.protected_cityviews : 0,
    protected_cityview_names: cityViews ? base.protected_cityview_names : '[]',
  };
}

const objectdataV2: Filler = (body, ctx) => objectdataFields(ctx, body);

/** v1 is the same content inside `Output`, every value a string and "None" for null [doc]. */
const objectdataV1: Filler = (body, ctx) => ({
  ...body,
  Output: Object.fromEntries(
    Object.entries(objectdataFields(ctx, record(body.Output))).map(([key, value]) => [
      key,
      value === null ? 'None' : String(value),
    ]),
  ),
});

const locationdata: Filler = (body, ctx) => {
  const { dwelling: d } = ctx;
  const output = record(body.output);
  return {
    ...body,
    output: {
      ...output,
      bag: {
        ...record(output.bag),
        bagid: d.bagId,
        postcode: d.address.postcode,
        housenumber: String(d.address.housenumber),
        houseaddition: d.address.addition ?? null,
        houseaddress: `${d.address.postcode}-${d.address.housenumber}-${d.address.addition ?? ''}`,
        city: d.address.city,
        street: d.address.street,
        build_year: String(d.buildYear),
        inner_surface_area: String(d.livingArea),
        outer_surface_area: String(d.plotArea),
        longitude: String(d.address.lon),
        latitude: String(d.address.lat),
      },
    },
  };
};

/** Market endpoints answered from the dwelling. */
export const marketFillers: Readonly<Record<string, Filler>> = {
  avm,
  avmplus,
  woz,
  listingprice,
  movedata,
  transaction,
  rebuild,
  'objectdata.v2': objectdataV2,
  objectdata: objectdataV1,
  locationdata,
};
