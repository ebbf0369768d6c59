import type { KeyLookup, KeyOwner, Locale, Logger, ResponseCache } from '@altum-chat/core';
import type { BatchStore } from './batch/batch-types.ts';
import type { JobQueue, JobQueueOptions } from './batch/job-queue.ts';

/** A team on a platform: Slack workspace, Discord guild (or `dm:<user>`), or `local` in the playground. */
export interface TeamRef {
  readonly platform: string;
  readonly teamId: string;
}

/** A user within a team; structurally the same as core's `KeyOwner`. */
export interface UserRef extends TeamRef {
  readonly userId: string;
}

/** What may be shown about a linked key: never the key itself. */
export interface KeyMetadata {
  readonly scope: 'user' | 'team';
  readonly platform: string;
  readonly teamId: string;
  /** The key's owner for user keys; empty for team keys. */
  readonly userId: string;
  /** `…WXYZ`, from core's `maskKey`. */
  readonly masked: string;
  readonly linkedAt: Date;
  /** The user who linked it (the owner for user keys, the admin for team keys). */
  readonly linkedBy: string;
}

/**
 * Encrypted API keys. Plaintext only exists in memory: `set*` seal with the key ring before writing,
 * `get*` open after reading. Implements core's `KeyLookup` for `resolveApiKey`.
 */
export interface KeyStore extends KeyLookup {
  getUserKey(user: UserRef): Promise<string | undefined>;
  getTeamKey(team: TeamRef): Promise<string | undefined>;
  setUserKey(user: UserRef, apiKey: string): Promise<KeyMetadata>;
  setTeamKey(team: TeamRef, apiKey: string, linkedBy: string): Promise<KeyMetadata>;
  /** Returns whether a key was removed. */
  deleteUserKey(user: UserRef): Promise<boolean>;
  deleteTeamKey(team: TeamRef): Promise<boolean>;
  getUserKeyMetadata(user: UserRef): Promise<KeyMetadata | undefined>;
  getTeamKeyMetadata(team: TeamRef): Promise<KeyMetadata | undefined>;
}

export type ReplyVisibility = 'ephemeral' | 'public';

/** Preferences; an absent field means "not set here" (fall back to team, then platform default). */
export interface Settings {
  readonly language?: Locale;
  readonly visibility?: ReplyVisibility;
}

/** A partial update: a value sets the field, `null` clears it, absent leaves it alone. */
export interface SettingsPatch {
  readonly language?: Locale | null;
  readonly visibility?: ReplyVisibility | null;
}

export interface SettingsStore {
  getUserSettings(user: UserRef): Promise<Settings>;
  setUserSettings(user: UserRef, patch: SettingsPatch): Promise<Settings>;
  getTeamSettings(team: TeamRef): Promise<Settings>;
  setTeamSettings(team: TeamRef, patch: SettingsPatch): Promise<Settings>;
}

/** One upstream call (or cache hit, or refusal). Holds no key, token or request body. */
export interface UsageInput extends UserRef {
  /** Chat command, e.g. `value`. */
  readonly command: string;
  /** Core operation id that answered, e.g. `avm`. */
  readonly operation: string;
  /** Credits spent (0 for cache hits, coalesced calls and failures before sending). */
  readonly credits: number;
  readonly cacheHit: boolean;
  /** HTTP status from Altum, if a response arrived. */
  readonly status?: number | undefined;
  /** `ok`, an `AltumErrorKind`, or `budget_refused`. */
  readonly outcome: string;
  readonly durationMs: number;
  /** Short reference shown to the user for support (never derived from the key). */
  readonly referenceId?: string | undefined;
  /** Defaults to now. */
  readonly at?: Date | undefined;
}

export interface UsageRecord extends UsageInput {
  readonly id: string;
  readonly at: Date;
}

export interface UsageQuery extends TeamRef {
  /** Only this user's calls when set. */
  readonly userId?: string | undefined;
  /** Start of the window (inclusive), e.g. `new Date(Date.now() - 24 * 3600_000)`. */
  readonly since: Date;
}

export interface UsageTotals {
  readonly calls: number;
  readonly credits: number;
  readonly cacheHits: number;
  readonly failures: number;
}

export interface UsageSummary {
  readonly since: Date;
  readonly total: UsageTotals;
  /** Sorted by credits, then calls, descending. */
  readonly byCommand: readonly (UsageTotals & { readonly command: string })[];
  readonly byUser: readonly (UsageTotals & { readonly userId: string })[];
}

export interface UsageStore {
  /** Resolves once the row is durably committed. */
  recordUsage(input: UsageInput): Promise<UsageRecord>;
  summarizeUsage(query: UsageQuery): Promise<UsageSummary>;
  /** Most recent first. */
  listUsage(query: UsageQuery & { readonly limit?: number }): Promise<readonly UsageRecord[]>;
}

/** Caps in credits; `null` means unlimited. Periods are UTC days and UTC calendar months. */
export interface BudgetSettings {
  /** Default daily cap for every user in the team. */
  readonly userDailyCredits: number | null;
  readonly teamMonthlyCredits: number | null;
}

export interface BudgetPatch {
  readonly userDailyCredits?: number | null;
  readonly teamMonthlyCredits?: number | null;
}

/** Spend so far, counting settled calls and reservations still in flight. */
export interface BudgetStatus {
  readonly settings: BudgetSettings;
  /** The cap that applies to this user today (their override, else the team default). */
  readonly userDailyCap: number | null;
  readonly userSpentToday: number;
  readonly teamSpentThisMonth: number;
}

export type Reservation =
  | { readonly ok: true; readonly id: string; readonly credits: number }
  | {
      readonly ok: false;
      /** Which cap would be exceeded. */
      readonly limit: 'user_daily' | 'team_monthly';
      readonly cap: number;
      readonly spent: number;
      readonly requested: number;
    };

/**
 * Budgets with atomic reservations: `reserve` checks both caps and records the reservation in one
 * transaction, so concurrent calls cannot overshoot a cap (bound: overshoot ≤ 0 as long as each call's
 * settled credits ≤ its reservation). `settle` replaces the reservation with the actual credits:
 * 0 on a cache hit or a failure, which releases it.
 */
export interface BudgetStore {
  getBudget(team: TeamRef): Promise<BudgetSettings>;
  setBudget(team: TeamRef, patch: BudgetPatch): Promise<BudgetSettings>;
  /** Per-user override of the team's daily default; `null` removes the override. */
  setUserDailyCap(user: UserRef, credits: number | null): Promise<void>;
  getBudgetStatus(user: UserRef, now?: Date): Promise<BudgetStatus>;
  /**
   * `limits.userDailyCap` applies on top of the stored caps (the lower wins): the operator's DM cap,
   * which nothing a user or admin stores can raise.
   */
  reserve(
    user: UserRef,
    credits: number,
    now?: Date,
    limits?: { readonly userDailyCap?: number },
  ): Promise<Reservation>;
  settle(reservationId: string, actualCredits: number): Promise<void>;
}

/** The parts of Bolt's `Installation` the store reads; the rest is kept as-is (encrypted). */
export interface SlackInstallationLike {
  readonly team?: { readonly id: string } | undefined;
  readonly enterprise?: { readonly id: string } | undefined;
  readonly isEnterpriseInstall?: boolean | undefined;
}

/** Bolt's `InstallationQuery`, structurally. */
export interface SlackInstallationQuery {
  readonly teamId?: string | undefined;
  readonly enterpriseId?: string | undefined;
  readonly isEnterpriseInstall: boolean;
}

/**
 * Shape-compatible with Bolt's `InstallationStore` (https://docs.slack.dev/tools/bolt-js/concepts/authenticating-oauth):
 * the whole installation (bot, user and refresh tokens, webhook URL) is sealed like an API key, keyed by
 * enterprise id for org-wide installs and team id otherwise. `fetchInstallation` throws when none exists,
 * as Bolt expects.
 */
export interface SlackInstallationStore<T extends SlackInstallationLike = SlackInstallationLike> {
  storeInstallation(installation: T): Promise<void>;
  fetchInstallation(query: SlackInstallationQuery): Promise<T>;
  deleteInstallation(query: SlackInstallationQuery): Promise<void>;
}

export type StoreDialect = 'sqlite' | 'postgres';

/** Everything a chat runner and the apps persist. */
/** Fixed-window counters agreed on by every instance sharing the database (per-user rate limits). */
export interface RateStore {
  /** Counts one hit for `key` in the current window; refused once the window holds more than `limit`. */
  hit(
    key: string,
    windowMs: number,
    limit: number,
  ): Promise<{ readonly allowed: boolean; readonly retryAfterMs: number }>;
}

/** Claims and one-time values with an expiry, agreed on by every instance sharing the database. */
export interface OnceStore {
  /** True for the first claim of `key` within `ttlMs` (after it expires, the next claim wins again). */
  claim(key: string, ttlMs: number, value?: string): Promise<boolean>;
  /** The value of a live claim, removing it: whoever takes it second gets `undefined`. */
  take(key: string): Promise<string | undefined>;
}

export interface Store {
  readonly dialect: StoreDialect;
  readonly keys: KeyStore;
  readonly settings: SettingsStore;
  readonly usage: UsageStore;
  readonly budgets: BudgetStore;
  readonly slackInstallations: SlackInstallationStore;
  /** Shared across instances; implements core's `ResponseCache`. */
  readonly responseCache: ResponseCache;
  /** Portfolio jobs (`batch <command> <file>`) and their items. */
  readonly batches: BatchStore;
  /** The queue that wakes batch workers: pg-boss on Postgres, in-process on SQLite. Start it once. */
  createJobQueue(options?: JobQueueOptions): JobQueue;
  /** Replay guards: interaction ids answered once, OAuth states used once. */
  readonly once: OnceStore;
  /** Per-user rate windows shared by the instances. */
  readonly rates: RateStore;
  close(): Promise<void>;
}

/** Options for `openStore`; apps fill them from their validated config. */
export interface OpenStoreOptions {
  /** PostgreSQL connection string; unset → SQLite file `altum-chat.sqlite` in `dataDir`. */
  readonly databaseUrl?: string | undefined;
  /** Data folder for the SQLite file and (embedded default only) the generated master key. */
  readonly dataDir: string;
  /** `ALTUM_CHAT_MASTER_KEY` (base64, 32 bytes). Required with `databaseUrl`; generated into `dataDir` otherwise. */
  readonly masterKey?: string | undefined;
  /** Previous master keys still accepted for opening (during a rotation), base64. */
  readonly previousMasterKeys?: readonly string[] | undefined;
  /** Postgres schema to use (created if missing); default `public`. Tests use a unique one per run. */
  readonly postgresSchema?: string | undefined;
  readonly logger?: Logger | undefined;
}

export type { KeyOwner };
