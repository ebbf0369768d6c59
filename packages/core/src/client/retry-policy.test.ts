import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableStatus, parseRetryAfter, resolveRetryPolicy } from './retry-policy.ts';

describe('retry policy', () => {
  it('backs off exponentially with jitter between 50% and 100%, capped', () => {
    const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 350 });
    expect(backoffDelay(1, policy, () => 0)).toBe(50);
    expect(backoffDelay(1, policy, () => 1)).toBe(100);
    expect(backoffDelay(2, policy, () => 1)).toBe(200);
    expect(backoffDelay(3, policy, () => 1)).toBe(350);
    expect(backoffDelay(3, policy, () => 0)).toBe(175);
  });

  it('retries only gateway errors', () => {
    expect([500, 501, 502, 503, 504, 429, 400].filter(isRetryableStatus)).toEqual([502, 503, 504]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1_500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('never drops below one attempt', () => {
    expect(resolveRetryPolicy({ attempts: 0 }).attempts).toBe(1);
  });
});
