import type { ServerResponse } from 'node:http';
import type { FaultSpec } from './types.ts';

interface PendingFault {
  readonly spec: FaultSpec;
  remaining: number;
}

/** Faults waiting for matching requests, first injected first used. */
export interface FaultQueue {
  add(spec: FaultSpec): void;
  /** The fault for this request, if any; counts one use. */
  take(operationId: string | undefined): FaultSpec | undefined;
  clear(): void;
}

export function createFaultQueue(): FaultQueue {
  let pending: PendingFault[] = [];
  return {
    add(spec) {
      pending.push({ spec, remaining: spec.times ?? 1 });
    },
    take(operationId) {
      const fault = pending.find(
        (entry) => entry.spec.operationId === undefined || entry.spec.operationId === operationId,
      );
      if (!fault) return undefined;
      fault.remaining -= 1;
      if (fault.remaining <= 0) pending = pending.filter((entry) => entry !== fault);
      return fault.spec;
    },
    clear() {
      pending = [];
    },
  };
}

/** Timers the fake started, so `close()` can stop dripping bodies and delayed answers. */
export interface TimerSet {
  sleep(ms: number): Promise<void>;
  clearAll(): void;
}

export function createTimerSet(): TimerSet {
  const timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  return {
    sleep(ms) {
      if (ms <= 0) return Promise.resolve();
      return new Promise((resolve) => {
        const entry = {
          resolve,
          timer: setTimeout(() => {
            timers.delete(entry);
            resolve();
          }, ms),
        };
        timers.add(entry);
      });
    },
    clearAll() {
      for (const entry of timers) {
        clearTimeout(entry.timer);
        entry.resolve();
      }
      timers.clear();
    },
  };
}

/** Sends headers now and the body in small pieces spread over `durationMs`. */
export async function dripBody(
  res: ServerResponse,
  status: number,
  text: string,
  durationMs: number,
  timers: TimerSet,
): Promise<void> {
  res.writeHead(status, { 'content-type': 'application/json' });
  const pieces = Math.max(2, Math.min(20, text.length));
  const size = Math.ceil(text.length / pieces);
  for (let offset = 0; offset < text.length; offset += size) {
    if (res.destroyed) return;
    res.write(text.slice(offset, offset + size));
    await timers.sleep(durationMs / pieces);
  }
  if (!res.destroyed) res.end();
}
