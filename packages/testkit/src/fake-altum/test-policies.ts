import type { RetryPolicy } from '@altum-chat/core';

/** Retries with millisecond backoff, so retry paths run fast in tests. */
export const FAST_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1_500 };

/** One attempt only: errors surface at once. */
export const NO_RETRY: RetryPolicy = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };
