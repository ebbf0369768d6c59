/**
 * Where a Dutch postcode is: a table of four-digit postcode ranges to a place, with the streets, the
 * build years and the price level that fit it. It is how the fakes (Altum, PDOK) invent one coherent,
 * believable dwelling for any postcode without a network or a BAG extract. Ranges follow the real
 * postcode map (1011–1109 Amsterdam, 2491–2599 Den Haag, 3011–3089 Rotterdam, 3511–3585 Utrecht …);
 * streets are real streets of that town, prices are rounded 2024 asking-price levels per m². A postcode
 * between two ranges belongs to the range below it.
 */

/** House types the fakes build; every endpoint spells them its own way (see dwelling/house-types.ts). */
export type HouseTypeKey =
  | 'herenhuis'
  | 'tussenwoning'
  | 'hoekwoning'
  | 'twee-onder-een-kap'
  | 'vrijstaand'
  | 'appartement';

/** Where something is: town, neighbourhood, municipality, province and a point. */
export interface Locality {
  readonly city: string;
  /** Buurt/wijk name used for the neighbourhood fields. */
  readonly neighbourhood: string;
  readonly municipality: string;
  /** CBS municipality code without `GM`, e.g. `0363` (also the first four digits of BAG ids). */
  readonly municipalityCode: string;
  readonly province: string;
  readonly lat: number;
  readonly lon: number;
}

export interface DemoPlace extends Locality {
  /** First four-digit postcode of the range. */
  readonly from: number;
  readonly to: number;
  /** Market value per m² of living area on 1 January 2024. */
  readonly pricePerM2: number;
  /** Build years of most homes in the range. */
  readonly builtFrom: number;
  readonly builtTo: number;
  readonly streets: readonly string[];
  readonly houseTypes: readonly HouseTypeKey[];
}

const OLD_CITY: readonly HouseTypeKey[] = ['herenhuis', 'tussenwoning', 'tussenwoning', 'hoekwoning'];
const CITY: readonly HouseTypeKey[] = ['tussenwoning', 'tussenwoning', 'hoekwoning', 'twee-onder-een-kap'];
const SUBURB: readonly HouseTypeKey[] = [
  'tussenwoning',
  'hoekwoning',
  'twee-onder-een-kap',
  'twee-onder-een-kap',
  'vrijstaand',
];

type Row = [
  from: number,
  to: number,
  city: string,
  neighbourhood: string,
  municipality: string,
  code: string,
  province: string,
  lat: number,
  lon: number,
  pricePerM2: number,
  built: [number, number],
  streets: readonly string[],
  types: readonly HouseTypeKey[],
];

const NH = 'Noord-Holland';
const ZH = 'Zuid-Holland';
const UT = 'Utrecht';
const NB = 'Noord-Brabant';
const GE = 'Gelderland';
const OV = 'Overijssel';
const LI = 'Limburg';

// biome-ignore format: one place per line reads as the table it is
const ROWS: readonly Row[] = [
  [1011, 1019, 'Amsterdam', 'Burgwallen-Oude Zijde', 'Amsterdam', '0363', NH, 52.3731, 4.8926, 8_600, [1650, 1910], ['Damrak', 'Warmoesstraat', 'Prinsengracht', 'Keizersgracht', 'Herengracht', 'Kerkstraat', 'Utrechtsestraat'], OLD_CITY],
  [1020, 1039, 'Amsterdam', 'Tuindorp Nieuwendam', 'Amsterdam', '0363', NH, 52.3912, 4.9276, 5_900, [1920, 2015], ['Meeuwenlaan', 'Nieuwendammerdijk', 'Van der Pekstraat', 'Kamperfoelieweg'], CITY],
  [1051, 1059, 'Amsterdam', 'De Baarsjes', 'Amsterdam', '0363', NH, 52.3667, 4.8587, 7_600, [1900, 1935], ['Kinkerstraat', 'Jan Pieter Heijestraat', 'Bilderdijkstraat', 'Admiraal de Ruijterweg', 'Postjesweg'], OLD_CITY],
  [1060, 1069, 'Amsterdam', 'Slotermeer', 'Amsterdam', '0363', NH, 52.3691, 4.8092, 5_300, [1952, 1972], ['Slotermeerlaan', 'Burgemeester Röellstraat', 'Osdorper Ban', 'Plesmanlaan'], CITY],
  [1071, 1083, 'Amsterdam', 'Museumkwartier', 'Amsterdam', '0363', NH, 52.3579, 4.8786, 8_800, [1885, 1935], ['Van Baerlestraat', 'Johannes Verhulststraat', 'Cornelis Schuytstraat', 'Jacob Obrechtstraat', 'De Lairessestraat', 'Beethovenstraat'], OLD_CITY],
  [1086, 1099, 'Amsterdam', 'Dapperbuurt', 'Amsterdam', '0363', NH, 52.3612, 4.9280, 7_200, [1890, 1965], ['Linnaeusstraat', 'Javastraat', 'Middenweg', 'Kruislaan'], OLD_CITY],
  [1100, 1109, 'Amsterdam', 'Bijlmer-Centrum', 'Amsterdam', '0363', NH, 52.3160, 4.9700, 4_600, [1970, 2005], ['Bijlmerdreef', 'Karspeldreef', 'Gooioord'], CITY],
  [1180, 1189, 'Amstelveen', 'Stadshart', 'Amstelveen', '0362', NH, 52.3025, 4.8610, 6_100, [1935, 1995], ['Rembrandtweg', 'Keizer Karelweg', 'Van der Hooplaan', 'Amsterdamseweg'], SUBURB],
  [1200, 1223, 'Hilversum', 'Centrum', 'Hilversum', '0402', NH, 52.2233, 5.1760, 5_400, [1900, 1975], ['Kerkstraat', "'s-Gravelandseweg", 'Larenseweg', 'Oude Enghweg'], SUBURB],
  [1300, 1349, 'Almere', 'Almere Stad', 'Almere', '0034', 'Flevoland', 52.3701, 5.2141, 3_900, [1978, 2015], ['Hospitaaldreef', 'Grote Markt', 'Stadhuisplein'], SUBURB],
  [1500, 1509, 'Zaandam', 'Centrum', 'Zaanstad', '0479', NH, 52.4386, 4.8262, 4_500, [1900, 1990], ['Westzijde', 'Oostzijde', 'Gedempte Gracht'], CITY],
  [1800, 1829, 'Alkmaar', 'Centrum', 'Alkmaar', '0361', NH, 52.6324, 4.7534, 4_300, [1900, 1990], ['Langestraat', 'Laat', 'Kennemerstraatweg'], CITY],
  [2000, 2037, 'Haarlem', 'Centrum', 'Haarlem', '0392', NH, 52.3808, 4.6368, 5_600, [1880, 1960], ['Grote Houtstraat', 'Kleine Houtweg', 'Zijlweg', 'Rijksstraatweg'], OLD_CITY],
  [2100, 2109, 'Heemstede', 'Centrum', 'Heemstede', '0397', NH, 52.3585, 4.6200, 6_000, [1920, 1970], ['Binnenweg', 'Herenweg'], SUBURB],
  [2130, 2136, 'Hoofddorp', 'Centrum', 'Haarlemmermeer', '0394', NH, 52.3030, 4.6892, 4_700, [1960, 2010], ['Kruisweg', 'Hoofdweg'], SUBURB],
  [2300, 2334, 'Leiden', 'Binnenstad', 'Leiden', '0546', ZH, 52.1601, 4.4970, 5_100, [1700, 1960], ['Breestraat', 'Rapenburg', 'Haarlemmerstraat', 'Morsweg'], OLD_CITY],
  [2400, 2409, 'Alphen aan den Rijn', 'Centrum', 'Alphen aan den Rijn', '0484', ZH, 52.1290, 4.6550, 3_900, [1950, 2000], ['Hooftstraat', 'Prins Bernhardlaan'], SUBURB],
  [2491, 2510, 'Den Haag', 'Leidschenveen', "'s-Gravenhage", '0518', ZH, 52.0705, 4.3850, 4_200, [1995, 2010], ['Fahrenheitstraat', 'Laan van Meerdervoort', 'Weimarstraat'], CITY],
  [2511, 2515, 'Den Haag', 'Centrum', "'s-Gravenhage", '0518', ZH, 52.0774, 4.3129, 5_200, [1650, 1910], ['Spui', 'Grote Marktstraat', 'Lange Voorhout', 'Noordeinde', 'Prinsegracht', 'Kalvermarkt'], OLD_CITY],
  [2516, 2599, 'Den Haag', 'Duinoord', "'s-Gravenhage", '0518', ZH, 52.0840, 4.2930, 4_500, [1900, 1970], ['Laan van Meerdervoort', 'Fahrenheitstraat', 'Weimarstraat', 'Frederik Hendriklaan', 'Goudenregenstraat'], CITY],
  [2600, 2629, 'Delft', 'Binnenstad', 'Delft', '0503', ZH, 52.0116, 4.3571, 4_600, [1700, 1980], ['Oude Delft', 'Voorstraat', 'Westvest'], CITY],
  [2700, 2729, 'Zoetermeer', 'Meerzicht', 'Zoetermeer', '0637', ZH, 52.0572, 4.4935, 3_700, [1970, 2005], ['Bellefleurhof', 'Dorpsstraat', 'Voorweg', 'Amerikaweg'], CITY],
  [2770, 2779, 'Boskoop', 'Boskoop-Oost', 'Alphen aan den Rijn', '0484', ZH, 52.0739, 4.6567, 3_800, [1930, 1990], ['Zuidkade', 'Parklaan', 'Reijerskoop'], SUBURB],
  [2800, 2809, 'Gouda', 'Centrum', 'Gouda', '0513', ZH, 52.0115, 4.7105, 3_800, [1900, 1990], ['Lange Tiendeweg', 'Karnemelksloot', 'Graaf Florisweg'], CITY],
  [3011, 3016, 'Rotterdam', 'Stadsdriehoek', 'Rotterdam', '0599', ZH, 51.9225, 4.4792, 4_900, [1950, 2010], ['Coolsingel', 'Witte de Withstraat', 'Meent', 'Nieuwe Binnenweg'], CITY],
  [3021, 3089, 'Rotterdam', 'Delfshaven', 'Rotterdam', '0599', ZH, 51.9100, 4.4500, 3_900, [1900, 1970], ['Grote Visserijstraat', 'Bergweg', 'Zwart Janstraat', 'Kralingse Plaslaan', 'Groene Hilledijk'], CITY],
  [3100, 3125, 'Schiedam', 'Centrum', 'Schiedam', '0606', ZH, 51.9170, 4.3990, 3_300, [1900, 1975], ['Lange Haven', 'Broersvest'], CITY],
  [3300, 3329, 'Dordrecht', 'Binnenstad', 'Dordrecht', '0505', ZH, 51.8133, 4.6901, 3_300, [1880, 1990], ['Voorstraat', 'Wijnstraat', 'Dubbeldamseweg'], CITY],
  [3511, 3512, 'Utrecht', 'Binnenstad', 'Utrecht', '0344', UT, 52.0907, 5.1214, 7_300, [1600, 1910], ['Oudegracht', 'Nieuwegracht', 'Lange Nieuwstraat', 'Drift', 'Twijnstraat', 'Zadelstraat'], OLD_CITY],
  [3513, 3585, 'Utrecht', 'Oudwijk', 'Utrecht', '0344', UT, 52.0880, 5.1330, 5_400, [1900, 1975], ['Amsterdamsestraatweg', 'Biltstraat', 'Burgemeester Reigerstraat', 'Johannes de Bekerstraat', 'Kanaalstraat', 'Adelaarstraat'], CITY],
  [3700, 3709, 'Zeist', 'Centrum', 'Zeist', '0355', UT, 52.0893, 5.2330, 5_000, [1910, 1980], ['Slotlaan', 'Utrechtseweg', 'Laan van Vollenhove'], SUBURB],
  [3800, 3829, 'Amersfoort', 'Binnenstad', 'Amersfoort', '0307', UT, 52.1561, 5.3878, 4_300, [1900, 2000], ['Langestraat', 'Utrechtseweg', 'Leusderweg'], SUBURB],
  [3900, 3909, 'Veenendaal', 'Centrum', 'Veenendaal', '0345', UT, 52.0287, 5.5589, 3_700, [1950, 2005], ['Hoofdstraat', 'Kerkewijk'], SUBURB],
  [4800, 4839, 'Breda', 'Ginneken', 'Breda', '0758', NB, 51.5719, 4.7683, 3_900, [1910, 1990], ['Ginnekenweg', 'Haagweg', 'Baronielaan'], SUBURB],
  [5000, 5049, 'Tilburg', 'Centrum', 'Tilburg', '0855', NB, 51.5555, 5.0913, 3_400, [1920, 1990], ['Heuvelstraat', 'Ringbaan-Oost', 'Korvelseweg'], CITY],
  [5200, 5237, "'s-Hertogenbosch", 'Binnenstad', "'s-Hertogenbosch", '0796', NB, 51.6898, 5.3030, 4_300, [1880, 1990], ['Kerkstraat', 'Hinthamerstraat', 'Vughterweg'], CITY],
  [5600, 5658, 'Eindhoven', 'Centrum', 'Eindhoven', '0772', NB, 51.4416, 5.4697, 3_900, [1920, 1990], ['Kerkstraat', 'Stratumseind', 'Boschdijk', 'Aalsterweg'], CITY],
  [5700, 5709, 'Helmond', 'Centrum', 'Helmond', '0794', NB, 51.4793, 5.6570, 3_100, [1930, 1995], ['Mierloseweg', 'Steenweg'], SUBURB],
  [6200, 6229, 'Maastricht', 'Wyck', 'Maastricht', '0935', LI, 50.8514, 5.6910, 3_800, [1880, 1980], ['Wycker Brugstraat', 'Tongerseweg', 'Brusselsestraat'], CITY],
  [6400, 6419, 'Heerlen', 'Centrum', 'Heerlen', '0917', LI, 50.8882, 5.9795, 2_600, [1920, 1980], ['Akerstraat', 'Geleenstraat'], SUBURB],
  [6500, 6546, 'Nijmegen', 'Altrade', 'Nijmegen', '0268', GE, 51.8426, 5.8546, 4_000, [1900, 1980], ['Groesbeekseweg', 'Graafseweg', 'Sint Annastraat', 'Berg en Dalseweg'], CITY],
  [6710, 6719, 'Ede', 'Centrum', 'Ede', '0228', GE, 52.0402, 5.6649, 3_700, [1940, 2000], ['Stationsweg', 'Molenstraat'], SUBURB],
  [6800, 6846, 'Arnhem', 'Centrum', 'Arnhem', '0202', GE, 51.9851, 5.8987, 3_700, [1900, 1980], ['Steenstraat', 'Amsterdamseweg', 'Utrechtseweg'], CITY],
  [7300, 7339, 'Apeldoorn', 'Centrum', 'Apeldoorn', '0200', GE, 52.2112, 5.9699, 3_500, [1910, 1990], ['Hoofdstraat', 'Deventerstraat', 'Loolaan'], SUBURB],
  [7400, 7429, 'Deventer', 'Binnenstad', 'Deventer', '0150', OV, 52.2550, 6.1639, 3_300, [1900, 1985], ['Brink', 'Snipperlingsdijk', 'Zutphenseweg'], CITY],
  [7500, 7548, 'Enschede', 'Centrum', 'Enschede', '0153', OV, 52.2215, 6.8937, 2_900, [1920, 1990], ['Haaksbergerstraat', 'Oldenzaalsestraat', 'Hengelosestraat'], SUBURB],
  [8000, 8049, 'Zwolle', 'Binnenstad', 'Zwolle', '0193', OV, 52.5168, 6.0830, 3_600, [1920, 2000], ['Diezerstraat', 'Assendorperstraat', 'Kamperweg'], SUBURB],
  [8900, 8939, 'Leeuwarden', 'Binnenstad', 'Leeuwarden', '0080', 'Friesland', 53.2012, 5.7999, 2_800, [1900, 1990], ['Nieuwestad', 'Tesselschadestraat', 'Harlingerstraatweg'], CITY],
  [9700, 9747, 'Groningen', 'Binnenstad', 'Groningen', '0014', 'Groningen', 53.2194, 6.5665, 3_500, [1900, 1990], ['Herestraat', 'Oosterstraat', 'Paterswoldseweg', 'Korreweg'], CITY],
];

export const DEMO_PLACES: readonly DemoPlace[] = ROWS.map(
  ([
    from,
    to,
    city,
    neighbourhood,
    municipality,
    municipalityCode,
    province,
    lat,
    lon,
    pricePerM2,
    built,
    streets,
    houseTypes,
  ]) => ({
    from,
    to,
    city,
    neighbourhood,
    municipality,
    municipalityCode,
    province,
    lat,
    lon,
    pricePerM2,
    builtFrom: built[0],
    builtTo: built[1],
    streets,
    houseTypes,
  }),
);

/** The place a postcode (`1071AA` or `1071`) lies in: its range, or the nearest range below it. */
export function placeForPostcode(postcode: string): DemoPlace {
  const pc4 = Number.parseInt(postcode.slice(0, 4), 10);
  let found = DEMO_PLACES[0] as DemoPlace;
  for (const place of DEMO_PLACES) if (place.from <= pc4) found = place;
  return found;
}
