import type { Dispatcher } from 'undici';
import type { AltumErrorKind } from './errors.ts';
import type { EventSink } from './events.ts';
import type { Logger } from './logger.ts';
import type { InputOf, OperationId, OutputOf } from './operations/catalog.ts';

/** Per-call options: the key travels with each call so one client serves many users' keys. */
export interface CallOptions {
  readonly apiKey: string;
  readonly signal?: AbortSignal;
  /** `false` skips the cache read (the fresh result is still stored). */
  readonly cache?: boolean;
  /** The chat command's reference id, carried on the client's log lines so one command reads as one story. */
  readonly reference?: string;
}

/** What happened on a call, for usage records and reply footers. Never holds the key. */
export interface CallMeta<Id extends OperationId = OperationId> {
  /** The operation that answered; differs from the requested one after the apartment fallback. */
  readonly operationId: Id | OperationId;
  readonly cacheHit: boolean;
  /** Whether this call shared an identical in-flight request instead of sending its own. */
  readonly coalesced: boolean;
  /** Credits this call spent (0 for cache hits and coalesced calls). */
  readonly credits: number;
  readonly status: number;
  readonly durationMs: number;
  readonly attempts: number;
}

export interface CallResult<Id extends OperationId> {
  readonly data: OutputOf<Id>;
  readonly meta: CallMeta<Id>;
}

/** A cache shared by calls; the in-memory LRU is the default, the store offers a shared one. */
export interface ResponseCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}

export interface RetryPolicy {
  /** Total attempts including the first; 1 disables retries. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Longest Retry-After we are willing to wait inside one call. */
  readonly maxRetryAfterMs: number;
}

/** One Altum call ended: answered (sent, from cache or shared with an identical call) or failed. */
export interface CallFinished {
  /** The operation that answered (after the apartment fallback), or the one asked for when it failed. */
  readonly operation: OperationId;
  readonly requested: OperationId;
  /** `ok`, or the kind of the AltumError the call ended in. */
  readonly outcome: 'ok' | AltumErrorKind;
  /** Altum's HTTP status, when it answered. */
  readonly status?: number | undefined;
  readonly durationMs: number;
  readonly cached: boolean;
  /** Shared an identical in-flight request instead of sending its own. */
  readonly coalesced: boolean;
  /** Credits this call spent (0 from cache, shared, or failed). */
  readonly credits: number;
  readonly reference?: string | undefined;
}

/** What the client emits for observers (metrics); see `createEventHub`. */
export interface AltumClientEvents {
  readonly callFinished: CallFinished;
}

export interface AltumClientOptions {
  /** Default `https://api.altum.ai`; the sandbox is `https://api.altum.ai/sandbox`. */
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  readonly dispatcher?: Dispatcher;
  readonly logger?: Logger;
  /** `false` disables caching (benchmarks); default an in-memory LRU. */
  readonly cache?: ResponseCache | false;
  /** Where the client reports each finished call (`callFinished`), e.g. the app's event hub. */
  readonly events?: EventSink<AltumClientEvents>;
}

export interface AltumClient {
  call<Id extends OperationId>(id: Id, input: InputOf<Id>, options: CallOptions): Promise<OutputOf<Id>>;
  callWithMeta<Id extends OperationId>(
    id: Id,
    input: InputOf<Id>,
    options: CallOptions,
  ): Promise<CallResult<Id>>;
  /**
   * Whether this call would be answered from the cache right now, without sending or spending
   * anything (portfolio estimates). Invalid input and a broken cache read as `false`.
   */
  isCached<Id extends OperationId>(
    id: Id,
    input: InputOf<Id>,
    options: Pick<CallOptions, 'apiKey'>,
  ): Promise<boolean>;
  /**
   * The cached answer for this key, operation and input, without sending anything; `undefined` on
   * a miss, on input that would not validate, or when caching is off. Lets the runner serve a free
   * answer before it reserves budget.
   */
  peek<Id extends OperationId>(
    id: Id,
    input: InputOf<Id>,
    options: Pick<CallOptions, 'apiKey' | 'reference'>,
  ): Promise<CallResult<Id> | undefined>;
  close(): Promise<void>;
}
