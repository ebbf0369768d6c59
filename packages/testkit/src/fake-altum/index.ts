export type { DocumentedErrorBody } from './documented-errors.ts';
export {
  DOCUMENTED_ERROR_BODIES,
  DOCUMENTED_ERROR_POSTCODE,
  DOCUMENTED_ERROR_SAMPLES,
} from './documented-errors.ts';
export { DOCUMENTED_SCENARIO_ADDRESSES } from './documented-scenarios.ts';
export { fakeAnswer } from './fake-answer.ts';
export { ADDRESS_NOT_FOUND_MESSAGE, APARTMENT_DETAIL, FAKE_ADDRESSES, FAKE_KEYS } from './scenarios.ts';
export { startFakeAltum } from './start-fake-altum.ts';
export { FAST_RETRY, NO_RETRY } from './test-policies.ts';
export type { FakeAltum, FakeAltumOptions, FaultSpec, KeyStatus, RecordedRequest } from './types.ts';
