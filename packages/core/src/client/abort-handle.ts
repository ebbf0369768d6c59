type Listener = () => void;

/**
 * A light cancel token for our own plumbing, which undici also accepts as its `signal` (it needs
 * `aborted`, `reason`, `on`/`once` and `removeListener`). An AbortController per request was the
 * client's largest single overhead in the benchmark (AbortSignal construction and its GC cost on
 * Node 20); a plain EventEmitter was next (its `once` wraps every listener), so this keeps a bare
 * list: abort fires at most once, so every listener is a once-listener.
 */
export class AbortHandle {
  aborted = false;
  reason: unknown = undefined;
  private listeners: Listener[] | undefined = undefined;

  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.listeners;
    this.listeners = undefined;
    if (listeners) for (const listener of listeners) listener();
  }

  /** EventEmitter-style, for undici; only `'abort'` is ever emitted. */
  on(event: string, listener: Listener): this {
    if (event === 'abort' && !this.aborted) {
      if (this.listeners) this.listeners.push(listener);
      else this.listeners = [listener];
    }
    return this;
  }

  /** Same as `on`: the handle aborts at most once. */
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  removeListener(event: string, listener: Listener): this {
    const listeners = this.listeners;
    if (event !== 'abort' || !listeners) return this;
    const index = listeners.lastIndexOf(listener);
    if (index !== -1) listeners.splice(index, 1);
    return this;
  }

  /** Calls `listener` once when aborted; returns the function that detaches it. */
  onAbort(listener: Listener): () => void {
    this.on('abort', listener);
    return () => {
      this.removeListener('abort', listener);
    };
  }
}
