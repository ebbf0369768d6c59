/**
 * Replays of signed Discord HTTP interactions. A signature proves Discord sent the body once, not
 * that it is sending it now: a captured request stays valid forever. So a request whose
 * `X-Signature-Timestamp` is more than `maxAgeMs` from our clock (either way, for skew) is refused,
 * and an interaction id is answered once: the claim goes through the store, so every instance
 * behind the load balancer agrees.
 * https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 */
export interface ReplayGuard {
  /** Whether the signed timestamp (unix seconds) is within the window of now. */
  fresh(timestamp: string): boolean;
  /** True the first time an interaction id is seen (within the window of its 15-minute token). */
  firstTime(interactionId: string): Promise<boolean>;
}

export interface ReplayGuardOptions {
  /** Shared claims (`store.once.claim`). */
  readonly claim: (key: string, ttlMs: number) => Promise<boolean>;
  /** Largest accepted distance between the signed timestamp and our clock. Default 5 minutes. */
  readonly maxAgeMs?: number;
  readonly now?: () => number;
}

/** An interaction token lives 15 minutes; past that a replay could not be answered anyway. */
const INTERACTION_LIFETIME_MS = 15 * 60_000;

export function createReplayGuard(options: ReplayGuardOptions): ReplayGuard {
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  return {
    fresh(timestamp) {
      if (!/^\d{1,12}$/.test(timestamp)) return false;
      return Math.abs(now() - Number(timestamp) * 1000) <= maxAgeMs;
    },
    firstTime: (interactionId) =>
      options.claim(`discord:interaction:${interactionId}`, INTERACTION_LIFETIME_MS + maxAgeMs),
  };
}
