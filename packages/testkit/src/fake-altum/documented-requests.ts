/**
 * Request examples the docs print (and, marked `[code]`, what public integrations send where the
 * docs are silent), each with the body that must reach Altum when a caller passes it to our client.
 * `documented-requests.test.ts` plays every one through the real client against the fake; the list
 * is also in docs/altum-api/requests.md with the pages.
 */
export interface DocumentedRequest {
  readonly name: string;
  readonly operationId: string;
  /** What a caller passes, as the page prints it (our client's field names are Altum's). */
  readonly input: Readonly<Record<string, unknown>>;
  /** JSON body (POST) or query (GET, values as strings) that must arrive; `input` itself when absent. */
  readonly sent?: Readonly<Record<string, unknown>>;
  readonly source: string;
}

const DOCS = 'https://docs.altum.ai';

const DELTA_HOUSE_EXAMPLE = {
  postcode: '1234AB',
  housenumber: 5,
  houseaddition: 'C',
  build_year: 1956,
  inner_surface_area: 90,
  house_type: 2,
  cooling: 1,
  target_cooling: 2,
  inhabitants: 4,
  gas_usage: 1000,
  heat_usage: 45,
  electricity_usage: 2600,
  electricity_generation: 800,
};

export const DOCUMENTED_REQUESTS: readonly DocumentedRequest[] = [
  {
    name: 'avm-house-type',
    operationId: 'avm',
    input: { postcode: '1234AB', housenumber: 1, housetype: 'Vrijstaande woning' },
    source: `${DOCS}/english/property-valuation-and-market/avm-api/house-types`,
  },
  {
    // The example is cut after floor_insulation in our copy; the lower-case letter goes out as printed.
    name: 'energylabel-v1-example',
    operationId: 'energylabel.v1',
    input: {
      post_code: '4709BM',
      house_number: 1,
      house_addition: 'g',
      installation: 1,
      wall_insulation: 3,
      roof_insulation: 2,
    },
    source: `${DOCS}/english/apis/nta-8800-energylabel-api/authentication-input-and-response`,
  },
  {
    // The change log writes housenumber as "87"; the request table documents an integer, so 87 is sent,
    // and the empty addition is left out rather than sent as "".
    name: 'sustainability-v2-changelog',
    operationId: 'sustainability',
    input: { postcode: '2771DS', housenumber: '87', houseaddition: '', target_label: 'A++++', eco_delta: 0 },
    sent: { postcode: '2771DS', housenumber: 87, target_label: 'A++++', eco_delta: 0 },
    source: `${DOCS}/english/sustainability/sustainability-api-v2/changes-from-previous-version`,
  },
  {
    name: 'sustainability-v2-search-criteria',
    operationId: 'sustainability',
    input: {
      postcode: '2771DS',
      housenumber: 87,
      target_label: 'A',
      energylabel_strict: 1,
      search_criteria: 3,
      max_investment: 25000,
    },
    source: `${DOCS}/english/sustainability/sustainability-api-v2/search-criteria`,
  },
  {
    // The page wraps the body in {"data": …}, the embed format the v2 change log retired; the v1 request
    // table is flat, so the fields go flat [doc, older revision].
    name: 'sustainability-v1-custom-costs',
    operationId: 'sustainability.v1',
    input: {
      max_investment: 60000,
      post_code: '2771DS',
      house_number: '87',
      target_label: 'A',
      custom_costs: [
        { code: 2, value: 1.79808 },
        { code: 3, value: 2.31534 },
        { code: 4, value: 0.45455 },
        { code: 5, value: 0.56027 },
      ],
    },
    sent: {
      post_code: '2771DS',
      house_number: 87,
      target_label: 'A',
      max_investment: 60000,
      custom_costs: [
        { code: 2, value: 1.79808 },
        { code: 3, value: 2.31534 },
        { code: 4, value: 0.45455 },
        { code: 5, value: 0.56027 },
      ],
    },
    source: `${DOCS}/english/apis/sustainability-api/increasing-energy-costs`,
  },
  {
    // The example column of the request table; the page's `excluda_vat` also goes out as `exclude_vat`.
    name: 'delta-houses-example',
    operationId: 'sustainability.delta',
    input: { ...DELTA_HOUSE_EXAMPLE, excluda_vat: 0 },
    sent: { ...DELTA_HOUSE_EXAMPLE, exclude_vat: 0, excluda_vat: 0 },
    source: `${DOCS}/english/apis/sustainability-api-v2-delta/authentication-input-and-response`,
  },
  {
    name: 'delta-apartments-example',
    operationId: 'sustainability.apartments.delta',
    input: {
      postcode: '1234AB',
      housenumber: 5,
      houseaddition: 'C',
      build_year: 1956,
      inner_surface_area: 90,
      apartment_type: 2,
      wall_insulation: 2,
      target_wall_insulation: 4,
      floor_insulation: 1,
      target_floor_insulation: 4,
      roof_insulation: 2,
      target_roof_insulation: 4,
      living_room_windows: 1,
      target_living_room_windows: 3,
      ventilation: 2,
      target_ventilation: 3,
    },
    source: `${DOCS}/english/sustainability/sustainability-api-v2-apartments-delta/authentication-input-and-response`,
  },
  {
    name: 'energyinsights-example',
    operationId: 'energyinsights',
    input: {
      postcode: '1234AB',
      housenumber: 1,
      houseaddition: 'A',
      current_energy_label: 'B',
      target_energy_label: 'A+++',
      ecovalue: 1,
    },
    source: `${DOCS}/english/sustainability/energylabel-insights-api/authentication-input-and-response`,
  },
  {
    name: 'subsidy-example',
    operationId: 'subsidy',
    input: { postcode: '3511 AA', level: ['national', 'municipality'], limit: 10 },
    source: `${DOCS}/english/apis/sustainability-subsidy-api/authentication-input-and-response`,
  },
  {
    name: 'reference-example',
    operationId: 'reference',
    input: { postcode: '1234AB', housenumber: 1, houseaddition: 'A', valuationdate: '20211230' },
    source: `${DOCS}/english/property-valuation-and-market/interactive-reference-api/authentication-input-and-response`,
  },
  {
    // [code] GroosHub's altum-ai client defaults; booleans on the strict_* switches go out as 0/1.
    name: 'reference-integration-fields',
    operationId: 'reference',
    input: {
      postcode: '1234AB',
      housenumber: 1,
      strict_street: false,
      reference_number: 30,
      weight_distance: 0.8,
      date_limit: 60,
      visual_similarity: false,
      include_funda_data: false,
      housetype_to_search: 'Meergezinswoning',
    },
    sent: {
      postcode: '1234AB',
      housenumber: 1,
      reference_number: 30,
      strict_street: 0,
      weight_distance: 0.8,
      date_limit: 60,
      housetype_to_search: ['Meergezinswoning'],
      visual_similarity: false,
      include_funda_data: false,
    },
    source: 'github.com/Pleijten-dev/GroosHub src/features/location/data/sources/altum-ai/client.ts',
  },
  {
    name: 'autosuggest-query',
    operationId: 'autosuggest',
    input: { search: '4554LB 119', fuzzy: true, limit: 5 },
    sent: { search: '4554LB 119', fuzzy: '1', limit: '5' },
    source: `${DOCS}/english/property-data/auto-suggest-api/authentication-input-and-response`,
  },
  {
    // The 2026 page spells the COROP flag `…_utrecth`; the 2025 spelling is accepted and renamed.
    name: 'wws-2026-required-fields',
    operationId: 'wws.2026',
    input: {
      house_type: 'Eengezinswoning',
      build_year: 1995,
      woz_valuation_year: 2026,
      corop_area_amsterdam_or_utrecht: false,
    },
    sent: {
      house_type: 'Eengezinswoning',
      build_year: 1995,
      woz_valuation_year: 2026,
      corop_area_amsterdam_or_utrecth: false,
    },
    source: `${DOCS}/english/financing/wws-points-api/specifications-for-independent-home-version-01-01-2026`,
  },
];
