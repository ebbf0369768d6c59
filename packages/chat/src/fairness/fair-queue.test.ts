import { describe, expect, it } from 'vitest';
import { createFairQueue } from './fair-queue.ts';

/** A job that records when it starts and finishes when released. */
function gate() {
  const started: string[] = [];
  const releases: (() => void)[] = [];
  const job = (name: string) => () =>
    new Promise<string>((resolve) => {
      started.push(name);
      releases.push(() => resolve(name));
    });
  const releaseOne = async () => {
    releases.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { started, job, releaseOne };
}

describe('fair queue', () => {
  it("another tenant's job runs next, not after one user's whole burst", async () => {
    const queue = createFairQueue({ concurrency: 1, perUserQueued: 1000 });
    const g = gate();
    const burst = Array.from({ length: 300 }, (_, i) =>
      queue.admit({ tenant: 'T1', user: 'A' }, g.job(`a${i}`)),
    );
    const help = queue.admit({ tenant: 'T2', user: 'B' }, g.job('b-help'));
    // a0 started alone; A's next job was queued before B arrived, so it has the turn before B's:
    // B waits for one job of A's, never for the other 298.
    expect(g.started).toEqual(['a0']);
    await g.releaseOne();
    await g.releaseOne();
    expect(g.started).toEqual(['a0', 'a1', 'b-help']);
    await g.releaseOne();
    await expect(help).resolves.toBe('b-help');
    expect(g.started.at(-1)).toBe('a2');
    expect(burst.every((p) => p !== undefined)).toBe(true);
  });

  it('takes turns between users of one tenant too', async () => {
    const queue = createFairQueue({ concurrency: 1 });
    const g = gate();
    for (let i = 0; i < 3; i += 1) void queue.admit({ tenant: 'T1', user: 'A' }, g.job(`a${i}`));
    for (let i = 0; i < 2; i += 1) void queue.admit({ tenant: 'T1', user: 'C' }, g.job(`c${i}`));
    for (let i = 0; i < 4; i += 1) await g.releaseOne();
    // After the first job (A's second was already waiting when C arrived) the users alternate.
    expect(g.started).toEqual(['a0', 'a1', 'c0', 'a2', 'c1']);
  });

  it('runs at most perUserInFlight jobs of one user at once when no slot is spare', async () => {
    const queue = createFairQueue({ concurrency: 10, perUserInFlight: 2, reserveForOthers: 9 });
    const g = gate();
    for (let i = 0; i < 5; i += 1) void queue.admit({ tenant: 'T1', user: 'A' }, g.job(`a${i}`));
    void queue.admit({ tenant: 'T2', user: 'B' }, g.job('b0'));
    expect(g.started).toEqual(['a0', 'a1', 'b0']);
    expect(queue.running).toBe(3);
    expect(queue.queued).toBe(3);
    await g.releaseOne();
    expect(g.started).toEqual(['a0', 'a1', 'b0', 'a2']);
  });

  it('gives spare slots to a user past the cap, keeping the reserve free for a newcomer', async () => {
    const queue = createFairQueue({ concurrency: 10, perUserInFlight: 2, reserveForOthers: 4 });
    const g = gate();
    for (let i = 0; i < 10; i += 1) void queue.admit({ tenant: 'T1', user: 'A' }, g.job(`a${i}`));
    // Two of A's are A's own; four more fill the spare slots up to the reserve of four.
    expect(g.started).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
    expect(queue.queued).toBe(4);
    void queue.admit({ tenant: 'T2', user: 'B' }, g.job('b0'));
    void queue.admit({ tenant: 'T2', user: 'B' }, g.job('b1'));
    expect(g.started.slice(6)).toEqual(['b0', 'b1']);
    // A slot that frees goes to A only while the reserve stays free: 7 running, 6 allowed past caps.
    await g.releaseOne();
    expect(g.started).toHaveLength(8);
    await g.releaseOne();
    expect(g.started).toHaveLength(8);
    await g.releaseOne();
    expect(g.started.at(-1)).toBe('a6');
  });

  it('refuses a user whose queue is full, and only that user', async () => {
    const queue = createFairQueue({ concurrency: 10, perUserInFlight: 1, perUserQueued: 2 });
    const g = gate();
    const admitted = [0, 1, 2, 3].map((i) => queue.admit({ tenant: 'T1', user: 'A' }, g.job(`a${i}`)));
    expect(admitted.map((p) => p !== undefined)).toEqual([true, true, true, false]);
    expect(queue.admit({ tenant: 'T1', user: 'B' }, g.job('b0'))).toBeDefined();
    await g.releaseOne();
    // A slot of A's came free: A may queue one more again.
    expect(queue.admit({ tenant: 'T1', user: 'A' }, g.job('a4'))).toBeDefined();
  });

  it('passes a failure through and frees the slot', async () => {
    const queue = createFairQueue({ concurrency: 1 });
    const failing = queue.admit({ tenant: 'T', user: 'A' }, async () => {
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    await expect(queue.admit({ tenant: 'T', user: 'A' }, async () => 'next')).resolves.toBe('next');
    expect(queue.running).toBe(0);
  });
});
