import type { HouseTypeKey } from './demo-places.ts';

/**
 * One house type as each Altum endpoint spells it. The spellings follow the documented examples
 * (`Tussen/rijwoning` on /avm, `Vrijstaande woning` on /avmplus and /rebuild, `Vrijstaand` on the energy
 * label v2, `2-onder-1-kap` in the sustainability building block, `Tussen/rijwoning` on /v2/objectdata).
 */
export interface HouseType {
  readonly key: HouseTypeKey;
  /** /avm, /movedata, /interactive-reference `HouseType`, in the AVM's documented list (core's AVM_HOUSE_TYPES). */
  readonly avm: string;
  /** /avmplus and /rebuild `house_type`. */
  readonly full: string;
  /** Energy label v2 `house_type`. */
  readonly label: string;
  /** Sustainability v2 `building.type`. */
  readonly sustainability: string;
  /** /v2/objectdata `house_type_specific` and `type_house_construction`. */
  readonly specific: string;
  readonly construction: string;
  /** The v2 request code (1 detached, 2 semi-detached, 3 corner, 4 terraced). */
  readonly code: 1 | 2 | 3 | 4;
  /** Outside walls relative to a terraced house, for heat loss and wall area. */
  readonly exposure: number;
  /** Price per m² relative to the neighbourhood's level. */
  readonly priceFactor: number;
  readonly area: readonly [number, number];
  readonly plot: readonly [number, number];
  readonly layers: number;
}

/** Every house type the demo builds. */
export const HOUSE_TYPES: readonly HouseType[] = [
  {
    key: 'herenhuis',
    avm: 'Tussen/rijwoning',
    full: 'Tussen/rijwoning',
    label: 'Tussenwoning',
    sustainability: 'tussenwoning',
    specific: 'Tussen/rijwoning',
    construction: 'Herenhuis, tussenwoning',
    code: 4,
    exposure: 1,
    priceFactor: 1.08,
    area: [150, 205],
    plot: [70, 130],
    layers: 4,
  },
  {
    key: 'tussenwoning',
    avm: 'Tussen/rijwoning',
    full: 'Tussen/rijwoning',
    label: 'Tussenwoning',
    sustainability: 'tussenwoning',
    specific: 'Tussen/rijwoning',
    construction: 'Eengezinswoning, tussenwoning',
    code: 4,
    exposure: 1,
    priceFactor: 1,
    area: [88, 132],
    plot: [110, 180],
    layers: 3,
  },
  {
    key: 'hoekwoning',
    avm: 'Hoekwoning',
    full: 'Hoekwoning',
    label: 'Hoekwoning',
    sustainability: 'hoekwoning',
    specific: 'Hoekwoning',
    construction: 'Eengezinswoning, hoekwoning',
    code: 3,
    exposure: 1.35,
    priceFactor: 1.04,
    area: [95, 140],
    plot: [170, 300],
    layers: 3,
  },
  {
    key: 'twee-onder-een-kap',
    avm: '2 onder 1 kap woning',
    full: '2 onder 1 kap woning',
    label: '2-onder-1-kap',
    sustainability: '2-onder-1-kap',
    specific: '2-onder-1-kapwoning',
    construction: 'Eengezinswoning, 2-onder-1-kap',
    code: 2,
    exposure: 1.6,
    priceFactor: 1.1,
    area: [115, 170],
    plot: [250, 460],
    layers: 3,
  },
  {
    key: 'vrijstaand',
    avm: 'Vrijstaande woning',
    full: 'Vrijstaande woning',
    label: 'Vrijstaand',
    sustainability: 'vrijstaand',
    specific: 'Vrijstaande woning',
    construction: 'Eengezinswoning, vrijstaand',
    code: 1,
    exposure: 2,
    priceFactor: 1.2,
    area: [140, 230],
    plot: [450, 1200],
    layers: 2,
  },
  {
    key: 'appartement',
    avm: 'Portiekflat',
    full: 'Portiekflat',
    label: 'Portiekwoning',
    sustainability: 'Portiekflat',
    specific: 'Appartement',
    construction: 'Appartement, portiekflat',
    code: 4,
    exposure: 0.6,
    priceFactor: 0.95,
    area: [55, 95],
    plot: [0, 0],
    layers: 1,
  },
];

export function houseType(key: HouseTypeKey): HouseType {
  return HOUSE_TYPES.find((t) => t.key === key) ?? (HOUSE_TYPES[1] as HouseType);
}

/** The house type a v2 request code names (1 detached … 4 terraced). */
export function houseTypeByCode(code: number): HouseType | undefined {
  return HOUSE_TYPES.find((t) => t.code === code && t.key !== 'herenhuis');
}
