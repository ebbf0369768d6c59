/**
 * Fair sharing of a fixed number of work slots between tenants (Slack workspaces, Discord guilds)
 * and their users. Waiting jobs sit in one queue per user, users in one ring per tenant, tenants in
 * one ring: each free slot goes to the next tenant in turn, and within it to the next user in turn,
 * so one user's burst of 300 commands delays another workspace's `help` by at most one job per
 * tenant ahead of it, not by 300. A user is sure of `perUserInFlight` running jobs and may have
 * `perUserQueued` waiting; past that `admit` says no and the caller answers "busy, try again".
 * Slots nobody under that cap is waiting for go to users past it, as long as `reserveForOthers`
 * stay free: a burst uses an idle instance, never the slots a newcomer needs.
 * One process's queue: the shared part (the per-user rate) lives in the store.
 */
export interface FairQueue {
  /**
   * Queues `job` for `who`, or returns `undefined` at once when that user already has as many jobs
   * waiting as allowed (the caller replies "busy"). The promise settles like the job.
   */
  admit<T>(who: FairKey, job: () => Promise<T>): Promise<T> | undefined;
  /** Jobs waiting for a slot. */
  readonly queued: number;
  /** Jobs started and not yet finished. */
  readonly running: number;
}

/** Who a job is for: the tenant (`platform:team`) and the user within it. */
export interface FairKey {
  readonly tenant: string;
  readonly user: string;
}

export interface FairQueueOptions {
  /** Jobs running at once, all tenants together. Default 256. */
  readonly concurrency?: number;
  /** Jobs one user may always have running at once. Default 4. */
  readonly perUserInFlight?: number;
  /**
   * Slots a user past `perUserInFlight` may not take, kept for users under it (a newcomer starts at
   * once). Default a quarter of `concurrency`.
   */
  readonly reserveForOthers?: number;
  /** Jobs one user may have waiting beyond those; more are refused. Default 50. */
  readonly perUserQueued?: number;
  /**
   * Called when a slot may be free, to start jobs; the default starts them at once. The Slack
   * post-ack queue passes its own pacing (acks first) here.
   */
  readonly schedule?: (pump: (maxStarts?: number) => void) => void;
}

interface Job {
  readonly run: () => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

interface UserLine {
  readonly user: string;
  readonly jobs: Job[];
  running: number;
}

interface TenantRing {
  readonly users: Map<string, UserLine>;
  /** Users with jobs waiting, in turn order. */
  readonly turn: string[];
}

export function createFairQueue(options: FairQueueOptions = {}): FairQueue {
  const concurrency = Math.max(1, options.concurrency ?? 256);
  const perUserInFlight = Math.max(1, options.perUserInFlight ?? 4);
  const perUserQueued = Math.max(0, options.perUserQueued ?? 50);
  const reserve = Math.min(
    concurrency - 1,
    Math.max(0, options.reserveForOthers ?? Math.floor(concurrency / 4)),
  );
  const tenants = new Map<string, TenantRing>();
  /** Tenants with a user that has jobs waiting, in turn order. */
  const turn: string[] = [];
  let queued = 0;
  let running = 0;

  const lineOf = (who: FairKey): UserLine => {
    let ring = tenants.get(who.tenant);
    if (!ring) {
      ring = { users: new Map(), turn: [] };
      tenants.set(who.tenant, ring);
    }
    let line = ring.users.get(who.user);
    if (!line) {
      line = { user: who.user, jobs: [], running: 0 };
      ring.users.set(who.user, line);
    }
    return line;
  };

  const forget = (tenant: string, line: UserLine): void => {
    const ring = tenants.get(tenant);
    if (!ring || line.jobs.length > 0 || line.running > 0) return;
    ring.users.delete(line.user);
    if (ring.users.size === 0) tenants.delete(tenant);
  };

  /** The next job in fair order whose user is under `cap` jobs running, taken off its queue. */
  const next = (cap: number): { job: Job; tenant: string; line: UserLine } | undefined => {
    // Bounded by the lengths at the start: rings shrink and rotate as they are walked.
    for (let t = 0, tenantsWaiting = turn.length; t < tenantsWaiting; t += 1) {
      const tenant = turn.shift() as string;
      const ring = tenants.get(tenant);
      if (!ring) continue;
      let found: UserLine | undefined;
      for (let u = 0, usersWaiting = ring.turn.length; u < usersWaiting; u += 1) {
        const user = ring.turn.shift() as string;
        const line = ring.users.get(user);
        if (!line || line.jobs.length === 0) continue;
        if (line.running >= cap) {
          ring.turn.push(user);
          continue;
        }
        found = line;
        if (line.jobs.length > 1) ring.turn.push(user);
        break;
      }
      if (ring.turn.length > 0) turn.push(tenant);
      if (found) return { job: found.jobs.shift() as Job, tenant, line: found };
    }
    return undefined;
  };

  const pump = (maxStarts = Number.POSITIVE_INFINITY): void => {
    for (let started = 0; started < maxStarts && running < concurrency; started += 1) {
      // Users under their cap first; past it only while the reserve for others stays free.
      const picked =
        next(perUserInFlight) ??
        (running < concurrency - reserve ? next(Number.POSITIVE_INFINITY) : undefined);
      if (!picked) return;
      const { job, tenant, line } = picked;
      queued -= 1;
      running += 1;
      line.running += 1;
      let result: Promise<unknown>;
      try {
        result = job.run();
      } catch (error) {
        result = Promise.reject(error);
      }
      result.then(job.resolve, job.reject).finally(() => {
        running -= 1;
        line.running -= 1;
        // A user at the cap may have been skipped: give them their turn back.
        if (line.jobs.length > 0) requeue(tenant, line.user);
        forget(tenant, line);
        schedule();
      });
    }
  };

  const requeue = (tenant: string, user: string): void => {
    const ring = tenants.get(tenant);
    if (!ring) return;
    if (!ring.turn.includes(user)) ring.turn.push(user);
    if (!turn.includes(tenant)) turn.push(tenant);
  };

  const schedule = (): void => (options.schedule ? options.schedule(pump) : pump());

  return {
    admit<T>(who: FairKey, run: () => Promise<T>): Promise<T> | undefined {
      const line = lineOf(who);
      if (line.jobs.length + line.running >= perUserInFlight + perUserQueued) return undefined;
      return new Promise<T>((resolve, reject) => {
        line.jobs.push({ run, resolve: resolve as (value: unknown) => void, reject });
        queued += 1;
        requeue(who.tenant, who.user);
        schedule();
      });
    },
    get queued() {
      return queued;
    },
    get running() {
      return running;
    },
  };
}
