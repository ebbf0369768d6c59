import { type DemoAddress, demoAddress } from './demo-addresses.ts';
import { placeForPostcode } from './demo-places.ts';
import { type EnergyResult, energyOf, type LevelKey, type Levels, minimumLevel } from './energy-model.ts';
import { type HouseType, houseType } from './house-types.ts';
import { roundTo } from './market-model.ts';
import { type Seeded, seeded } from './seed.ts';

/**
 * One dwelling per address, derived from the address alone: the fake Altum answers every endpoint
 * from it, so value, WOZ, label, advice, features and comparables tell the same story.
 */
export interface Dwelling {
  readonly address: DemoAddress;
  /** 16-digit BAG verblijfsobject id: municipality code, `01`, ten digits. */
  readonly bagId: string;
  readonly type: HouseType;
  readonly buildYear: number;
  readonly livingArea: number;
  readonly plotArea: number;
  readonly volume: number;
  readonly rooms: number;
  readonly bedrooms: number;
  readonly bathrooms: number;
  readonly layers: number;
  readonly monument: boolean;
  readonly surfaces: {
    readonly floor: number;
    readonly wall: number;
    readonly slopedRoof: number;
    readonly flatRoof: number;
    readonly glassLiving: number;
    readonly glassBedrooms: number;
    readonly doors: number;
  };
  /** Current measure levels on Altum's v2 scale. */
  readonly levels: Levels;
  readonly solarPanels: number;
  readonly energy: EnergyResult;
  /** The registered (EP-Online) label, when the home has one. */
  readonly registered?: { readonly label: string; readonly method: string; readonly validUntil: string };
  /** Market value on 1 January 2024. */
  readonly valueIn2024: number;
}

function currentLevels(rng: Seeded, buildYear: number, flatRoofOnly: boolean): Record<LevelKey, number> {
  let levels: Record<LevelKey, number>;
  if (buildYear >= 2015) {
    levels = lv(4, 4, 4, 4, rng.pick([3, 4]), 3, rng.pick([6, 6, 7]), 2, 3);
  } else if (buildYear >= 2006) {
    levels = lv(4, 4, 4, 4, 3, 3, 4, rng.pick([1, 2]), rng.pick([2, 3]));
  } else if (buildYear >= 1992) {
    levels = lv(3, 3, 3, 3, buildYear >= 2000 ? 3 : 2, 2, 4, 1, 2);
  } else if (buildYear >= 1975) {
    levels = lv(2, 2, 2, 2, 2, 2, 4, 1, rng.pick([1, 2]));
  } else {
    levels = lv(1, 1, 1, 1, buildYear >= 1945 ? 2 : 1, 1, 4, 1, 1);
    // Older homes have usually been improved somewhat: glazing first, then roof, cavity walls, floor.
    if (rng.next() < 0.75) levels.living_room_windows = rng.pick([2, 2, 3]);
    if (rng.next() < 0.55) levels.bedroom_windows = 2;
    if (rng.next() < 0.5) levels.sloped_roof_insulation = rng.pick([2, 3]);
    if (rng.next() < 0.3) levels.flat_roof_insulation = 2;
    // Walls before about 1925 are solid brick: no cavity to fill.
    if (buildYear >= 1925 && rng.next() < 0.45) levels.wall_insulation = 2;
    if (rng.next() < 0.3) levels.floor_insulation = rng.pick([2, 3]);
    if (rng.next() < 0.12) levels.installation = 8;
  }
  if (flatRoofOnly) levels.sloped_roof_insulation = minimumLevel('sloped_roof_insulation', buildYear);
  levels.cooling = rng.next() < 0.15 ? 2 : 1;
  levels.electric_cooking =
    levels.installation === 6 || levels.installation === 7 || rng.next() < 0.3 ? 2 : 1;
  return levels;
}

function lv(
  wall: number,
  floor: number,
  sloped: number,
  flat: number,
  living: number,
  bedroom: number,
  installation: number,
  shower: number,
  ventilation: number,
): Record<LevelKey, number> {
  return {
    wall_insulation: wall,
    floor_insulation: floor,
    sloped_roof_insulation: sloped,
    flat_roof_insulation: flat,
    living_room_windows: living,
    bedroom_windows: bedroom,
    installation,
    shower,
    ventilation,
    cooling: 1,
    electric_cooking: 1,
  };
}

function bagIdFor(address: DemoAddress): string {
  const digits = String(
    seeded(`${address.postcode}/${address.housenumber}/${address.addition ?? ''}/bag`).int(1, 9_999_999_999),
  );
  return `${address.municipalityCode}01${digits.padStart(10, '0')}`;
}

/** The dwelling at an address; the same address always gives the same dwelling. */
export function dwellingFor(
  input: { readonly postcode: string; readonly housenumber: number; readonly addition?: string | undefined },
  options: { readonly apartment?: boolean } = {},
): Dwelling {
  const address = demoAddress(input);
  const place = placeForPostcode(address.postcode);
  // Postcode-level traits (street, era, type) are shared by neighbours; the rest varies per home.
  const street = seeded(`${address.postcode}/street`);
  const rng = seeded(`${address.postcode}/${address.housenumber}/${(address.addition ?? '').toUpperCase()}`);
  const type = houseType(options.apartment ? 'appartement' : street.pick(place.houseTypes));
  const eraStart = place.builtFrom + Math.floor(street.next() * (place.builtTo - place.builtFrom));
  const buildYear = Math.min(place.builtTo, eraStart + rng.int(0, 4));

  const livingArea = rng.int(type.area[0], type.area[1]);
  const apartment = type.key === 'appartement';
  const plotArea = apartment
    ? 0
    : Math.max(Math.round(livingArea / type.layers) + 10, rng.int(type.plot[0], type.plot[1]));
  const layers = type.layers;
  const footprint = apartment
    ? livingArea
    : Math.round(livingArea / (layers - (type.key === 'vrijstaand' ? 0.4 : 0.6)));
  const storeyHeight = buildYear < 1940 ? 3.2 : 2.7;
  const glassLiving = Math.round(livingArea * 0.1);
  const glassBedrooms = Math.round(livingArea * 0.07);
  const facade = Math.round(
    Math.sqrt(footprint) * 2 * type.exposure * (layers - 0.5) * storeyHeight - glassLiving - glassBedrooms,
  );
  // Amsterdam-style town houses mostly have a flat roof behind the façade; newer homes a pitched one.
  const flatShare =
    type.key === 'herenhuis' || apartment ? 0.8 : buildYear >= 1960 && buildYear < 1980 ? 0.3 : 0.05;
  // A flat on a middle floor has no roof of its own.
  const roof = apartment ? 0 : Math.round(footprint * 1.25);
  const slopedRoof = Math.round(roof * (1 - flatShare));
  const flatRoof = roof - slopedRoof;
  const levels = currentLevels(rng, buildYear, slopedRoof === 0);
  const solarPanels = buildYear >= 2015 ? rng.int(8, 12) : rng.next() < 0.2 ? rng.int(6, 10) : 0;

  const building = { livingArea, exposure: type.exposure, slopedRoof, flatRoof };
  const energy = energyOf(building, { levels, solarPanels });
  const ageFactor = buildYear < 1940 ? 1.03 : buildYear < 1975 ? 0.93 : buildYear < 2000 ? 0.97 : 1.05;
  const labelFactor = 1 + (['A', 'A+', 'A++', 'A+++', 'A++++', 'B'].includes(energy.label) ? 0.03 : 0);
  const valueIn2024 = roundTo(
    livingArea * place.pricePerM2 * type.priceFactor * ageFactor * labelFactor * rng.around(0.07),
    500,
  );

  const registeredYear = rng.int(2017, 2025);
  const hasRegistered = rng.next() < 0.7;
  return {
    address,
    bagId: bagIdFor(address),
    type,
    buildYear,
    livingArea,
    plotArea,
    volume: Math.round(livingArea * storeyHeight * 1.15),
    rooms: Math.max(3, Math.round(livingArea / 24) + 1),
    bedrooms: Math.max(2, Math.round(livingArea / 40)),
    bathrooms: livingArea > 160 ? 2 : 1,
    layers,
    monument: buildYear < 1900 && rng.next() < 0.25,
    surfaces: {
      floor: footprint,
      wall: Math.max(20, facade),
      slopedRoof,
      flatRoof,
      glassLiving,
      glassBedrooms,
      doors: type.exposure > 1 ? 2 : 1,
    },
    levels,
    solarPanels,
    energy,
    ...(hasRegistered
      ? {
          registered: {
            label: energy.label,
            method: registeredYear >= 2021 ? 'NTA8800' : 'NEN7120',
            validUntil: `${registeredYear + 10}-${String(rng.int(1, 12)).padStart(2, '0')}`,
          },
        }
      : {}),
    valueIn2024,
  };
}

/** The energy of a dwelling with other levels or panels, on the same building. */
export function energyWith(dwelling: Dwelling, levels: Levels, solarPanels: number): EnergyResult {
  return energyOf(
    {
      livingArea: dwelling.livingArea,
      exposure: dwelling.type.exposure,
      slopedRoof: dwelling.surfaces.slopedRoof,
      flatRoof: dwelling.surfaces.flatRoof,
    },
    { levels, solarPanels },
  );
}
