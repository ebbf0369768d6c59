import { createFairQueue, type FairKey } from '@altum-chat/chat';

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
 * at once. Which job starts next is fair (chat's `createFairQueue`): workspaces take turns, then
 * users within them, each user has at most `perUserInFlight` running and `perUserQueued` waiting.
 * `run` resolves when the job has finished, so whoever awaits it (Bolt's middleware, and through it
 * graceful shutdown) tracks queued jobs as well as running ones.
 */
export interface PostAckQueue {
  /**
   * Runs `job` for `who` after the current turn, when a fair slot is free; settles like the job.
   * `undefined` when that user already has as many jobs waiting as allowed: reply "busy".
   */
  run<T>(who: FairKey, job: () => Promise<T>): Promise<T> | undefined;
  /** Jobs waiting for a slot. */
  readonly queued: number;
  /** Jobs started and not yet finished. */
  readonly running: number;
}

export interface PostAckQueueOptions {
  /** Jobs in flight at once (each mostly waits on Altum and Slack). Default 256. */
  readonly concurrency?: number;
  /** Jobs one user may have running at once. Default 4. */
  readonly perUserInFlight?: number;
  /** Jobs one user may have waiting beyond those; more get the "busy" reply. Default 50. */
  readonly perUserQueued?: number;
  /** Jobs started per event-loop turn before I/O gets its turn again. Default 4. */
  readonly startsPerTurn?: number;
  /** A job queued this recently means a burst is still arriving: hold starts. Default 10 ms. */
  readonly quietMs?: number;
  /** The longest a burst holds starts back, so steady load cannot starve replies. Default 2 s (Slack keeps a response_url for 30 min). */
  readonly maxWaitMs?: number;
  /** Clock (ms); tests pass a fake. */
  readonly now?: () => number;
}

export function createPostAckQueue(options: PostAckQueueOptions = {}): PostAckQueue {
  const startsPerTurn = Math.max(1, options.startsPerTurn ?? 4);
  const quietMs = Math.max(0, options.quietMs ?? 10);
  const maxWaitMs = Math.max(0, options.maxWaitMs ?? 2000);
  const now = options.now ?? (() => performance.now());
  let lastQueuedAt = Number.NEGATIVE_INFINITY;
  let holdingSince: number | undefined;
  let scheduled = false;

  const pace = (pump: (maxStarts?: number) => void): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => tick(pump));
  };

  function tick(pump: (maxStarts?: number) => void): void {
    scheduled = false;
    if (fair.queued === 0) {
      holdingSince = undefined;
      return;
    }
    const at = now();
    holdingSince ??= at;
    if (at - lastQueuedAt < quietMs && at - holdingSince < maxWaitMs) {
      scheduled = true;
      setTimeout(() => tick(pump), quietMs);
      return;
    }
    // `holdingSince` stays set while a backlog remains: its jobs have waited, so no new hold.
    const before = fair.running;
    pump(startsPerTurn);
    if (fair.queued === 0) holdingSince = undefined;
    // More waiting and something started: come back next turn (a finished job also reschedules).
    if (fair.queued > 0 && fair.running > before) pace(pump);
  }

  const fair = createFairQueue({
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.perUserInFlight === undefined ? {} : { perUserInFlight: options.perUserInFlight }),
    ...(options.perUserQueued === undefined ? {} : { perUserQueued: options.perUserQueued }),
    schedule: pace,
  });

  return {
    run<T>(who: FairKey, job: () => Promise<T>): Promise<T> | undefined {
      lastQueuedAt = now();
      return fair.admit(who, job);
    },
    get queued() {
      return fair.queued;
    },
    get running() {
      return fair.running;
    },
  };
}
