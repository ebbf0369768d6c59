import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/backends.ts';
import type { BatchStore } from './batch-types.ts';

const owner = { platform: 'slack', teamId: 'T1', userId: 'U1' };

async function newJob(batches: BatchStore, id: string, items: number) {
  await batches.createJob({
    id,
    owner,
    command: 'value',
    options: {},
    locale: 'en',
    fileName: 'book.csv',
    input: { lines: [] },
    delivery: { channel: 'C1' },
    estimate: {},
    items: Array.from({ length: items }, (_, i) => ({ key: `1071AA ${i + 1}`, args: `1071AA ${i + 1}` })),
  });
  expect(await batches.transition(id, ['estimated'], 'running')).toBe(true);
}

/** Claims and finishes items until none is left, as one worker would. */
async function drain(batches: BatchStore, jobId: string, worker: string, seen: string[]) {
  for (;;) {
    const claim = await batches.claimItem(jobId, worker, 60_000);
    if (!claim) return;
    seen.push(claim.key);
    await new Promise((resolve) => setImmediate(resolve));
    expect(
      await batches.finishItem(jobId, claim.key, worker, {
        state: 'done',
        result: { ok: true },
        credits: 1,
        cacheHit: false,
      }),
    ).toBe(true);
  }
}

describeEachBackend('batch store', (backend) => {
  it('hands every item to exactly one of several concurrent workers, then completes the job once', async () => {
    const options = backend.freshOptions();
    // Two stores on one database stand for two instances.
    const [a, b] = [await backend.open(options), await backend.open(options)];
    await newJob(a.batches, 'job1', 60);
    const seen: string[] = [];
    await Promise.all([
      drain(a.batches, 'job1', 'a1', seen),
      drain(a.batches, 'job1', 'a2', seen),
      drain(b.batches, 'job1', 'b1', seen),
      drain(b.batches, 'job1', 'b2', seen),
    ]);
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect(await a.batches.counts('job1')).toMatchObject({ total: 60, open: 0, done: 60, credits: 60 });
    const completions = await Promise.all([a.batches.completeJob('job1'), b.batches.completeJob('job1')]);
    expect(completions.filter(Boolean)).toHaveLength(1);
    const deliveries = await Promise.all([a.batches.claimDelivery('job1'), b.batches.claimDelivery('job1')]);
    expect(deliveries.filter(Boolean)).toHaveLength(1);
  });

  it('gives an expired claim back only as "recovered" (it may have been paid), never as pending', async () => {
    const options = backend.freshOptions();
    const store = await backend.open(options);
    await newJob(store.batches, 'job2', 2);
    const now = new Date();
    const first = await store.batches.claimItem('job2', 'dead', 1_000, now);
    expect(first).toMatchObject({ key: '1071AA 1', recovered: false });
    // Within the lease the item is not handed out again.
    const second = await store.batches.claimItem('job2', 'alive', 1_000, now);
    expect(second).toMatchObject({ key: '1071AA 2', recovered: false });
    expect(await store.batches.claimItem('job2', 'alive', 1_000, now)).toBeUndefined();
    const later = new Date(now.getTime() + 5_000);
    const recovered = await store.batches.claimItem('job2', 'alive', 1_000, later);
    expect(recovered?.recovered).toBe(true);
    // The dead worker's late write is refused: its claim is gone.
    expect(
      await store.batches.finishItem('job2', recovered?.key ?? '', 'dead', {
        state: 'done',
        result: null,
        credits: 1,
        cacheHit: false,
      }),
    ).toBe(false);
  });

  it('keeps no key in any job column', async () => {
    const options = backend.freshOptions();
    const store = await backend.open(options);
    await newJob(store.batches, 'job3', 3);
    const rows = await backend.sql(options, 'SELECT * FROM batch_jobs');
    expect(JSON.stringify(rows)).not.toMatch(/fake-altum-key|x-api-key|apiKey/i);
  });
});
