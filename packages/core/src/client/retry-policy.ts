import type { RetryPolicy } from '../client-types.ts';

/**
 * Three attempts with exponential backoff. Altum gives no numeric rate limit; community clients
 * back off a few seconds on 429, so we wait for a Retry-After only when it is short.
 * https://docs.altum.ai/api-error-codes/429
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 300,
  maxDelayMs: 4_000,
  maxRetryAfterMs: 10_000,
};

/** Fills a partial policy from the defaults, clamping nonsense (0 attempts) to something that works. */
export function resolveRetryPolicy(partial: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...partial };
  return {
    attempts: Math.max(1, Math.floor(policy.attempts)),
    baseDelayMs: Math.max(0, policy.baseDelayMs),
    maxDelayMs: Math.max(0, policy.maxDelayMs),
    maxRetryAfterMs: Math.max(0, policy.maxRetryAfterMs),
  };
}

/** Delay before retry number `attempt` (1-based): exponential, capped, with jitter in [50%, 100%]. */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.5 + random() * 0.5));
}

/** Statuses worth another try: gateway errors that usually clear up within seconds. */
export function isRetryableStatus(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined if absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
