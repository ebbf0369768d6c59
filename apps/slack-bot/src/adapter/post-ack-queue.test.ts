import { describe, expect, it } from 'vitest';
import { createPostAckQueue } from './post-ack-queue.ts';

const K = { tenant: 'slack:T1', user: 'U1' };

const deferred = () => {
  let release: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
};

describe('createPostAckQueue', () => {
  it('never starts a job in the turn that queued it, so the ack is written first', async () => {
    const queue = createPostAckQueue({ quietMs: 0 });
    const started: number[] = [];
    const done = queue.run(K, async () => {
      started.push(1);
      return 'reply';
    });
    expect(started).toEqual([]);
    expect(queue.queued).toBe(1);
    await expect(done).resolves.toBe('reply');
    expect(started).toEqual([1]);
    expect(queue.queued + queue.running).toBe(0);
  });

  it('runs every job, in order, never more than `concurrency` at once', async () => {
    const queue = createPostAckQueue({ concurrency: 3, startsPerTurn: 2, quietMs: 0 });
    let inFlight = 0;
    let peak = 0;
    const order: number[] = [];
    const gate = deferred();
    const jobs = Array.from({ length: 20 }, (_, i) =>
      queue.run(K, async () => {
        order.push(i);
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await gate.promise;
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
        return i;
      }),
    );
    for (let turn = 0; turn < 10 && queue.running < 3; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(queue.running).toBe(3);
    expect(queue.queued).toBe(17);
    gate.release();
    expect(await Promise.all(jobs)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(peak).toBe(3);
  });

  it('settles a failing job with its error and keeps serving the rest', async () => {
    const queue = createPostAckQueue({ concurrency: 1, quietMs: 0 });
    const failing = queue.run(K, async () => {
      throw new Error('runner blew up');
    });
    const throwing = queue.run(K, (): Promise<string> => {
      throw new Error('sync throw');
    });
    const fine = queue.run(K, async () => 'still answered');
    await expect(failing).rejects.toThrow('runner blew up');
    await expect(throwing).rejects.toThrow('sync throw');
    await expect(fine).resolves.toBe('still answered');
  });

  it('holds jobs while a burst is arriving and lets them go once it has waited `maxWaitMs`', async () => {
    let clock = 0;
    const queue = createPostAckQueue({ quietMs: 1, maxWaitMs: 50, now: () => clock });
    let started = false;
    const done = queue.run(K, async () => {
      started = true;
    });
    // The clock stands still: to the queue, the last request arrived just now, every time it looks.
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(started).toBe(false);
    expect(queue.queued).toBe(1);
    clock = 50;
    await done;
    expect(started).toBe(true);
  });

  it('counts a job as queued until it starts, so shutdown waiting on `run` covers it', async () => {
    const queue = createPostAckQueue({ concurrency: 1, quietMs: 0 });
    const gate = deferred();
    const first = queue.run(K, () => gate.promise);
    let secondDone = false;
    const second = queue.run(K, async () => {
      secondDone = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.running).toBe(1);
    expect(queue.queued).toBe(1);
    gate.release();
    await Promise.all([first, second]);
    expect(secondDone).toBe(true);
  });

  it("starts another workspace's job before the rest of one user's burst, and refuses past the user's queue", async () => {
    const queue = createPostAckQueue({ concurrency: 2, perUserInFlight: 2, perUserQueued: 10, quietMs: 0 });
    const gate = deferred();
    const order: string[] = [];
    const burst = Array.from({ length: 12 }, (_, i) =>
      queue.run({ tenant: 'slack:T1', user: 'UA' }, async () => {
        order.push(`a${i}`);
        await gate.promise;
      }),
    );
    expect(queue.run({ tenant: 'slack:T1', user: 'UA' }, async () => {})).toBeUndefined();
    const other = queue.run({ tenant: 'slack:T2', user: 'UB' }, async () => {
      order.push('b');
    });
    for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    // Two slots: the burst's first job, then the other workspace's turn, not the burst's second.
    expect(order).toEqual(['a0', 'b', 'a1']);
    gate.release();
    await other;
    await Promise.all(burst);
    expect(order).toHaveLength(13);
  });
});
