export type {
  BatchClaim,
  BatchCounts,
  BatchItem,
  BatchItemState,
  BatchJob,
  BatchJobState,
  BatchStore,
  FinishedItem,
  NewBatchJob,
} from './batch/batch-types.ts';
export type { JobHandler, JobQueue, JobQueueOptions } from './batch/job-queue.ts';
export { RESERVATION_TTL_MS } from './budgets/budget-store.ts';
export { SQLITE_FILE } from './open-database.ts';
export { openStore } from './open-store.ts';
export type { RotationReport } from './rotation/rotate-master-key.ts';
export { rotateMasterKey } from './rotation/rotate-master-key.ts';
export type {
  BudgetPatch,
  BudgetSettings,
  BudgetStatus,
  BudgetStore,
  KeyMetadata,
  KeyStore,
  OnceStore,
  OpenStoreOptions,
  RateStore,
  ReplyVisibility,
  Reservation,
  Settings,
  SettingsPatch,
  SettingsStore,
  SlackInstallationLike,
  SlackInstallationQuery,
  SlackInstallationStore,
  Store,
  StoreDialect,
  TeamRef,
  UsageInput,
  UsageQuery,
  UsageRecord,
  UsageStore,
  UsageSummary,
  UsageTotals,
  UserRef,
} from './types.ts';
