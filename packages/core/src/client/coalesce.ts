import type { AltumError } from '../errors.ts';
import { AbortHandle } from './abort-handle.ts';

interface InFlight<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortHandle;
  waiters: number;
}

/** Identical in-flight calls share one upstream request; the request is cancelled only when every waiter has given up. */
export interface Coalescer<T> {
  /** Runs `start` unless an identical call is in flight; `joined` says which happened. */
  run(
    key: string,
    start: (cancel: AbortHandle) => Promise<T>,
    signal: AbortSignal | undefined,
    onAbort: () => AltumError,
  ): { readonly joined: boolean; readonly result: Promise<T> };
  readonly size: number;
}

export function createCoalescer<T>(): Coalescer<T> {
  const inFlight = new Map<string, InFlight<T>>();

  function wait(entry: InFlight<T>, signal: AbortSignal | undefined, onAbort: () => AltumError): Promise<T> {
    if (signal?.aborted) {
      // Aborted while the cache was being read: never join, and cancel a request nobody waits for
      // (whose rejection nobody would observe either).
      if (entry.waiters === 0) {
        entry.controller.abort();
        entry.promise.catch(() => {});
      }
      return Promise.reject(onAbort());
    }
    entry.waiters += 1;
    if (!signal) return entry.promise;
    return new Promise<T>((resolve, reject) => {
      const abort = (): void => {
        entry.waiters -= 1;
        if (entry.waiters === 0) entry.controller.abort();
        reject(onAbort());
      };
      signal.addEventListener('abort', abort, { once: true });
      entry.promise.then(
        (value) => {
          signal.removeEventListener('abort', abort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', abort);
          reject(error);
        },
      );
    });
  }

  return {
    get size() {
      return inFlight.size;
    },
    run(key, start, signal, onAbort) {
      const existing = inFlight.get(key);
      if (existing) return { joined: true, result: wait(existing, signal, onAbort) };
      const controller = new AbortHandle();
      // Every waiter observes `promise` (see `wait`), so no catch-all is attached here.
      const promise = start(controller).then(
        (value) => {
          inFlight.delete(key);
          return value;
        },
        (error: unknown) => {
          inFlight.delete(key);
          throw error;
        },
      );
      const entry: InFlight<T> = { promise, controller, waiters: 0 };
      inFlight.set(key, entry);
      return { joined: false, result: wait(entry, signal, onAbort) };
    },
  };
}
