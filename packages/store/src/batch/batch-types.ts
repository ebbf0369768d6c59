import type { UserRef } from '../types.ts';

/** `estimated` waits for Confirm; `running` is being worked; `cancelled` and `done` are final. */
export type BatchJobState = 'estimated' | 'running' | 'cancelled' | 'done';

/**
 * An item is one distinct address of a job. `sending` means a request may be on its way (paid);
 * `recovering` is a `sending` item whose worker died: it may have been paid, so it is never sent
 * again, only answered from the cache if the answer got there.
 */
export type BatchItemState = 'pending' | 'sending' | 'recovering' | 'done' | 'failed';

/** What a new job is made of. `input`, `delivery` and `estimate` are opaque JSON for the chat layer. */
export interface NewBatchJob {
  readonly id: string;
  readonly owner: UserRef;
  readonly command: string;
  readonly options: Readonly<Record<string, string>>;
  readonly locale: string;
  readonly fileName: string;
  readonly input: unknown;
  /** Where the result goes (channel, thread): never a token or key. */
  readonly delivery: unknown;
  readonly estimate: unknown;
  /** Distinct addresses in first-seen order; `args` is the command text for the address. */
  readonly items: readonly { readonly key: string; readonly args: string }[];
  readonly now?: Date;
}

export interface BatchJob {
  readonly id: string;
  readonly owner: UserRef;
  readonly command: string;
  readonly options: Readonly<Record<string, string>>;
  readonly locale: string;
  readonly state: BatchJobState;
  readonly fileName: string;
  readonly input: unknown;
  readonly delivery: unknown;
  readonly estimate: unknown;
  readonly createdAt: Date;
  readonly finishedAt?: Date;
  readonly deliveredAt?: Date;
}

export interface BatchItem {
  readonly key: string;
  readonly args: string;
  readonly state: BatchItemState;
  readonly result?: unknown;
  readonly credits: number;
  readonly cacheHit: boolean;
}

/** A claimed item; `recovered` means its first worker died mid-request (see `BatchItemState`). */
export interface BatchClaim {
  readonly key: string;
  readonly args: string;
  readonly recovered: boolean;
}

export interface BatchCounts {
  readonly total: number;
  readonly open: number;
  readonly done: number;
  readonly failed: number;
  readonly credits: number;
  readonly cacheHits: number;
}

export interface FinishedItem {
  readonly state: 'done' | 'failed';
  readonly result: unknown;
  readonly credits: number;
  readonly cacheHit: boolean;
}

/**
 * Durable portfolio jobs. Claims are atomic (Postgres `FOR UPDATE SKIP LOCKED`, SQLite's single
 * writer), so any number of workers on any number of instances share a job's items without doubles.
 */
export interface BatchStore {
  createJob(job: NewBatchJob): Promise<void>;
  getJob(id: string): Promise<BatchJob | undefined>;
  /** Moves a job from one of `from` to `to`; false when it was in another state (someone else won). */
  transition(id: string, from: readonly BatchJobState[], to: BatchJobState, now?: Date): Promise<boolean>;
  /** Ids of jobs in a state, oldest first (used to resume `running` jobs after a restart). */
  listJobIds(state: BatchJobState): Promise<string[]>;
  /**
   * Claims the next pending item for `worker` until `now + leaseMs`; when none is pending, an item
   * whose lease expired while `sending`/`recovering` (its worker died), marked `recovered`.
   */
  claimItem(jobId: string, worker: string, leaseMs: number, now?: Date): Promise<BatchClaim | undefined>;
  /** Stores an item's result and ends the claim, in one statement; false if the claim was lost. */
  finishItem(jobId: string, key: string, worker: string, item: FinishedItem, now?: Date): Promise<boolean>;
  /** Gives a claimed item back unsent (rate limited before it was paid, or cancelled). */
  releaseItem(jobId: string, key: string, worker: string): Promise<void>;
  counts(jobId: string): Promise<BatchCounts>;
  items(jobId: string): Promise<BatchItem[]>;
  /** `running` → `done` once no item is open; true for the one caller that made the change. */
  completeJob(id: string, now?: Date): Promise<boolean>;
  /** Marks the result delivered; true for the one caller that should deliver it. */
  claimDelivery(id: string, now?: Date): Promise<boolean>;
}
