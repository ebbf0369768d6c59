import { EventEmitter } from 'node:events';

/**
 * A light cancel token for our own plumbing. undici accepts an EventEmitter with `aborted` as its
 * `signal`; creating an AbortController per request was the client's largest single overhead in
 * the benchmark (AbortSignal construction and its GC cost on Node 20).
 */
export class AbortHandle extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;

  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }

  /** Calls `listener` once when aborted; returns the function that detaches it. */
  onAbort(listener: () => void): () => void {
    this.once('abort', listener);
    return () => {
      this.removeListener('abort', listener);
    };
  }
}
