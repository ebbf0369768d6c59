export type { Address, AddressProblem, AddressResult } from './address.ts';
export {
  checkPostcode,
  formatAddress,
  normaliseAddition,
  normalisePostcode,
  POSTCODE_PATTERN,
  parseAddress,
  parseHouseNumber,
} from './address.ts';
export { APP_HOME, loadDotEnv } from './app-home.ts';
export { keyFingerprint } from './client/cache-key.ts';
export { createAltumClient, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from './client/create-client.ts';
export type { MemoryCacheOptions } from './client/memory-cache.ts';
export { createMemoryCache } from './client/memory-cache.ts';
export { DEFAULT_RETRY_POLICY, parseRetryAfter } from './client/retry-policy.ts';
export type {
  AltumClient,
  AltumClientEvents,
  AltumClientOptions,
  CallFinished,
  CallMeta,
  CallOptions,
  CallResult,
  ResponseCache,
  RetryPolicy,
} from './client-types.ts';
export { base64KeyList, optionalHttpUrl, optionalText } from './env-fields.ts';
export type { AltumErrorKind, AltumErrorOptions, AltumErrorReason, FieldIssue } from './errors.ts';
export { ALTUM_ERROR_KINDS, ALTUM_ERROR_REASONS, AltumError, isAltumError } from './errors.ts';
export type { EventHub, EventSink } from './events.ts';
export { createEventHub } from './events.ts';
export type {
  KeyLookup,
  KeyOwner,
  KeyResolution,
  KeyScope,
  MissingKey,
  ResolvedKey,
  ResolveKeyOptions,
} from './keys/resolve-key.ts';
export { resolveApiKey } from './keys/resolve-key.ts';
export type { Locale } from './locale.ts';
export { isLocale, LOCALES } from './locale.ts';
export type { Logger } from './logger.ts';
export { silentLogger } from './logger.ts';
export type { InputOf, OperationId, Operations, OutputOf } from './operations/catalog.ts';
export { getOperation, isOperationId, operationIds, operations } from './operations/catalog.ts';
export type { AddressFields, Localized, OperationDefinition } from './operations/define-operation.ts';
export { defineOperation } from './operations/define-operation.ts';
export type {
  DwellingKind,
  MeasureDefinition,
  MeasureKey,
  MeasureLevel,
  MeasureLevelResult,
} from './operations/energy/measures.ts';
export {
  describeLevels,
  findMeasure,
  getMeasure,
  isDescribedLevel,
  measureKeys,
  measures,
  measuresFor,
  resolveMeasureLevel,
} from './operations/energy/measures.ts';
export { houseLevelKeys, WATT_PEAK_PER_PANEL } from './operations/energy/sustainability-inputs.ts';
export type { AvmHouseType } from './operations/market/market-fields.ts';
export { AVM_HOUSE_TYPES } from './operations/market/market-fields.ts';
export type { ConfidenceInterval, PriceRange } from './operations/market/price-range.ts';
export { parseConfidence, parsePriceRange } from './operations/market/price-range.ts';
export type { EnergyLabel } from './operations/schema-helpers.ts';
export { ENERGY_LABELS } from './operations/schema-helpers.ts';
export type { KeyRingOptions } from './vault/key-ring.ts';
export { createKeyRing } from './vault/key-ring.ts';
export type { KeyRing, SealedSecret, SecretContext } from './vault/key-ring-types.ts';
export type { LoadMasterKeyOptions } from './vault/load-master-key.ts';
export { loadMasterKey, MASTER_KEY_FILE } from './vault/load-master-key.ts';
export { maskKey } from './vault/mask-key.ts';
export { MasterKey, parseMasterKey } from './vault/master-key.ts';
export type { VaultErrorKind } from './vault/vault-error.ts';
export { isVaultError, VAULT_ERROR_KINDS, VaultError } from './vault/vault-error.ts';
