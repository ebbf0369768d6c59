import { EventEmitter } from 'node:events';

/** A growing list that tests can await: `await recorder.waitFor((all) => all.length >= 2)`. */
export class Recorder<T> {
  readonly #items: T[] = [];
  readonly #events = new EventEmitter();

  get items(): readonly T[] {
    return this.#items;
  }

  push(item: T): void {
    this.#items.push(item);
    this.#events.emit('push');
  }

  clear(): void {
    this.#items.length = 0;
  }

  /** Resolves once `predicate` holds for the recorded items; rejects after `timeoutMs` (a hang guard, not a budget). */
  waitFor(predicate: (items: readonly T[]) => boolean, timeoutMs = 20_000): Promise<readonly T[]> {
    if (predicate(this.#items)) return Promise.resolve(this.#items);
    return new Promise((resolve, reject) => {
      const onPush = (): void => {
        if (!predicate(this.#items)) return;
        clearTimeout(timer);
        this.#events.off('push', onPush);
        resolve(this.#items);
      };
      const timer = setTimeout(() => {
        this.#events.off('push', onPush);
        reject(new Error(`Recorder.waitFor timed out with ${this.#items.length} item(s)`));
      }, timeoutMs);
      this.#events.on('push', onPush);
    });
  }
}
