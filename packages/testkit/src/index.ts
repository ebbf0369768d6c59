export type {
  FakeAltum,
  FakeAltumOptions,
  FaultSpec,
  KeyStatus,
  RecordedRequest,
} from './fake-altum/index.ts';
export {
  ADDRESS_NOT_FOUND_MESSAGE,
  APARTMENT_DETAIL,
  FAKE_ADDRESSES,
  FAKE_KEYS,
  FAST_RETRY,
  NO_RETRY,
  startFakeAltum,
} from './fake-altum/index.ts';
export type { OperationFixture } from './fixtures/index.ts';
export { fixtures } from './fixtures/index.ts';
