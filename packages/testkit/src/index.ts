export type { DemoAddress } from './demo/demo-addresses.ts';
export { DEMO_ADDRESSES, demoAddress, searchDemoAddresses } from './demo/demo-addresses.ts';
export type { DemoPlace, HouseTypeKey, Locality } from './demo/demo-places.ts';
export { DEMO_PLACES, placeForPostcode } from './demo/demo-places.ts';
export type { Dwelling } from './demo/dwelling.ts';
export { dwellingFor } from './demo/dwelling.ts';
export type { HouseType } from './demo/house-types.ts';
export { HOUSE_TYPES, houseType } from './demo/house-types.ts';
export type {
  DocumentedErrorBody,
  FakeAltum,
  FakeAltumOptions,
  FaultSpec,
  KeyStatus,
  RecordedRequest,
} from './fake-altum/index.ts';
export {
  ADDRESS_NOT_FOUND_MESSAGE,
  APARTMENT_DETAIL,
  DOCUMENTED_ERROR_BODIES,
  DOCUMENTED_ERROR_POSTCODE,
  DOCUMENTED_ERROR_SAMPLES,
  DOCUMENTED_SCENARIO_ADDRESSES,
  FAKE_ADDRESSES,
  FAKE_KEYS,
  FAST_RETRY,
  fakeAnswer,
  NO_RETRY,
  startFakeAltum,
} from './fake-altum/index.ts';
export type {
  FakePdok,
  FakePdokOptions,
  PdokDemoAddress,
  PdokDocument,
  PdokFault,
  PdokRequest,
} from './fake-pdok/index.ts';
export { findPdokDemo, PDOK_DEMO_ADDRESSES, startFakePdok, toPdokAddress } from './fake-pdok/index.ts';
export type { OperationFixture } from './fixtures/index.ts';
export { fixtures } from './fixtures/index.ts';
export type { TrickleResult } from './http/trickle-request.ts';
export { trickleRequest } from './http/trickle-request.ts';
export type { Portfolio } from './portfolio/make-portfolio.ts';
export { makePortfolio } from './portfolio/make-portfolio.ts';
export { loadPostgresTestConfig } from './postgres/config.ts';
