export { ADDRESS_NOT_FOUND_MESSAGE, APARTMENT_DETAIL, FAKE_ADDRESSES, FAKE_KEYS } from './scenarios.ts';
export { startFakeAltum } from './start-fake-altum.ts';
export { FAST_RETRY, NO_RETRY } from './test-policies.ts';
export type { FakeAltum, FakeAltumOptions, FaultSpec, KeyStatus, RecordedRequest } from './types.ts';
