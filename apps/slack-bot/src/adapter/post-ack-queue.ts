/**
 * Where a listener's work after `ack()` runs. Bolt calls the listener in the same turn of the event
 * loop that parsed the request, so without this the first command of a burst would run its store
 * reads, runner and rendering before the next request's ack could be written, and acks queue behind
 * other commands' work (Slack drops a command not acked in 3 s).
 * https://docs.slack.dev/interactivity/implementing-slash-commands#responding_to_commands
 *
 * Acks first: while requests keep arriving (a job was queued in the last `quietMs`), queued jobs wait,
 * up to `maxWaitMs`, so a burst is acked before its replies are worked on. Jobs then start from
 * `setImmediate` (the event loop's check phase), a few per turn, so the poll phase (new connections,
 * request bodies, writing acks) gets a turn between every few starts; and at most `concurrency` run
 * at once, so a burst cannot pile up unbounded work. `run` resolves when the job has
 * finished, so whoever awaits it (Bolt's middleware, and through it graceful shutdown) tracks queued
 * jobs as well as running ones.
 */
export interface PostAckQueue {
  /** Runs `job` after the current turn, when a slot is free; settles like the job. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs waiting for a slot. */
  readonly queued: number;
  /** Jobs started and not yet finished. */
  readonly running: number;
}

export interface PostAckQueueOptions {
  /** Jobs in flight at once (each mostly waits on Altum and Slack). Default 256. */
  readonly concurrency?: number;
  /** Jobs started per event-loop turn before I/O gets its turn again. Default 4. */
  readonly startsPerTurn?: number;
  /** A job queued this recently means a burst is still arriving: hold starts. Default 10 ms. */
  readonly quietMs?: number;
  /** The longest a job is held back by a burst, so steady load cannot starve replies. Default 2 s (Slack keeps a response_url for 30 min). */
  readonly maxWaitMs?: number;
  /** Clock (ms); tests pass a fake. */
  readonly now?: () => number;
}

interface Entry {
  readonly job: () => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly queuedAt: number;
}

/** A FIFO of post-ack jobs, started a few per event-loop turn, at most `concurrency` at once. */
export function createPostAckQueue(options: PostAckQueueOptions = {}): PostAckQueue {
  const concurrency = Math.max(1, options.concurrency ?? 256);
  const startsPerTurn = Math.max(1, options.startsPerTurn ?? 4);
  const quietMs = Math.max(0, options.quietMs ?? 10);
  const maxWaitMs = Math.max(0, options.maxWaitMs ?? 2000);
  const now = options.now ?? (() => performance.now());
  let lastQueuedAt = Number.NEGATIVE_INFINITY;
  const waiting: Entry[] = [];
  let head = 0;
  let running = 0;
  let scheduled = false;

  const queued = () => waiting.length - head;

  const schedule = (): void => {
    if (scheduled || queued() === 0 || running >= concurrency) return;
    scheduled = true;
    setImmediate(pump);
  };

  const start = (entry: Entry): void => {
    running += 1;
    let result: Promise<unknown>;
    try {
      result = entry.job();
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(entry.resolve, entry.reject).finally(() => {
      running -= 1;
      schedule();
    });
  };

  function pump(): void {
    scheduled = false;
    const oldest = waiting[head];
    const at = now();
    if (oldest && at - lastQueuedAt < quietMs && at - oldest.queuedAt < maxWaitMs) {
      scheduled = true;
      setTimeout(pump, quietMs);
      return;
    }
    for (let started = 0; started < startsPerTurn && running < concurrency && queued() > 0; started += 1) {
      const entry = waiting[head];
      head += 1;
      if (entry) start(entry);
    }
    // Drop the consumed prefix now and then, so a long-lived process does not keep every entry.
    if (head > 1024 && head * 2 > waiting.length) {
      waiting.splice(0, head);
      head = 0;
    }
    schedule();
  }

  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        lastQueuedAt = now();
        waiting.push({ job, resolve: resolve as (value: unknown) => void, reject, queuedAt: lastQueuedAt });
        schedule();
      });
    },
    get queued() {
      return queued();
    },
    get running() {
      return running;
    },
  };
}
