/** Caps how many paid autosuggest calls one team may make per rolling hour. */
export interface SpendLimiter {
  /** Takes one call from the team's allowance; false when it is used up. */
  tryTake(teamId: string): boolean;
}

/** In-memory sliding-window limiter; losing it on restart only ever allows a little more, never less. */
export function createSpendLimiter(options: {
  readonly perHour: number;
  readonly now?: () => number;
}): SpendLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, number[]>();
  return {
    tryTake(teamId) {
      const since = now() - 3_600_000;
      const calls = (windows.get(teamId) ?? []).filter((at) => at > since);
      if (calls.length >= options.perHour) {
        windows.set(teamId, calls);
        return false;
      }
      calls.push(now());
      windows.set(teamId, calls);
      return true;
    },
  };
}
