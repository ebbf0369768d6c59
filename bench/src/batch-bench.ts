import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBatchService, createChatRunner, type ParsedArgs } from '@altum-chat/chat';
import { createAltumClient, getOperation } from '@altum-chat/core';
import { openStore } from '@altum-chat/store';
import { makePortfolio, startFakeAltum } from '@altum-chat/testkit';

/**
 * A portfolio job end to end (file → estimate → confirm → rows through the runner → result files)
 * against the fake Altum at 300 ms per call. Baseline: the ideal wall time, every call back to back
 * at the allowed concurrency (calls × latency ÷ concurrency), and one credit charge per distinct address.
 */
const LATENCY_MS = 300;
const CONCURRENCY = 8;

export interface BatchBenchResult {
  readonly rows: number;
  readonly distinct: number;
  readonly wallMs: number;
  readonly idealMs: number;
  readonly rssBeforeMb: number;
  readonly rssPeakMb: number;
  readonly heapPeakMb: number;
  readonly upstreamCalls: number;
  readonly credits: number;
  readonly creditsPerDistinct: number;
  readonly dupRows: number;
  readonly dupDistinct: number;
  readonly dupCalls: number;
}

async function runJob(csv: string, label: string) {
  const fake = await startFakeAltum({ latencyMs: LATENCY_MS });
  const dir = await mkdtemp(join(tmpdir(), `altum-bench-batch-${label}-`));
  const store = await openStore({ dataDir: dir });
  const client = createAltumClient({ baseUrl: fake.url, retry: { attempts: 1 }, cache: store.responseCache });
  const runner = createChatRunner({ client, store, deploymentKey: fake.apiKey, defaultLocale: 'en' });
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const service = createBatchService({
    store,
    client,
    runner,
    deploymentKey: fake.apiKey,
    concurrency: CONCURRENCY,
    limits: { maxRows: 10_000 },
    onEvent: (event) => {
      if (event.type === 'finished') finish();
    },
  });
  await service.start();
  const requester = { platform: 'slack' as const, teamId: 'T1', userId: 'U1', locale: 'en' };
  try {
    const estimate = await service.prepare(requester, {
      args: runner.plan(requester, { kind: 'text', text: 'batch value' }).args as ParsedArgs,
      fileName: `${label}.csv`,
      bytes: Buffer.from(csv),
    });
    const confirm = estimate.actions.find((a) => a.id.startsWith('batch:confirm:'));
    if (!confirm) throw new Error(`no confirm button: ${estimate.title} ${estimate.summary ?? ''}`);
    let rssPeak = 0;
    let heapPeak = 0;
    const rssBefore = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      rssPeak = Math.max(rssPeak, m.rss);
      heapPeak = Math.max(heapPeak, m.heapUsed);
    }, 100);
    const started = performance.now();
    await service.handleAction(requester, confirm.id);
    await finished;
    const wallMs = performance.now() - started;
    clearInterval(sampler);
    const counts = await store.batches.counts(confirm.id.split(':')[2] ?? '');
    return { wallMs, rssBefore, rssPeak, heapPeak, calls: fake.countFor('avm'), counts };
  } finally {
    await service.stop();
    await client.close();
    await store.close();
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function runBatchBench(): Promise<BatchBenchResult> {
  const distinct = makePortfolio({ distinct: 1_000, duplicates: 0, bad: 0 });
  const a = await runJob(distinct.csv, 'distinct');
  const dup = makePortfolio({ distinct: 800, duplicates: 200, bad: 0 });
  const b = await runJob(dup.csv, 'duplicates');
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    rows: distinct.rows,
    distinct: distinct.addresses.length,
    wallMs: a.wallMs,
    idealMs: (a.calls * LATENCY_MS) / CONCURRENCY,
    rssBeforeMb: mb(a.rssBefore),
    rssPeakMb: mb(a.rssPeak),
    heapPeakMb: mb(a.heapPeak),
    upstreamCalls: a.calls,
    credits: a.counts.credits,
    creditsPerDistinct: b.counts.credits / (dup.addresses.length * (getOperation('avm')?.credits ?? 1)),
    dupRows: dup.rows,
    dupDistinct: dup.addresses.length,
    dupCalls: b.calls,
  };
}

export function reportBatchBench(r: BatchBenchResult): string {
  return [
    `batch value, ${r.rows} rows (${r.distinct} distinct), fake latency ${LATENCY_MS} ms, ${CONCURRENCY} rows in flight per key`,
    `  wall time ${(r.wallMs / 1000).toFixed(1)} s = ${(r.wallMs / r.idealMs).toFixed(2)}× the ideal ${(r.idealMs / 1000).toFixed(1)} s (${r.upstreamCalls} calls × ${LATENCY_MS} ms ÷ ${CONCURRENCY}) [target ≤ 1.3×]`,
    `  memory: RSS ${r.rssBeforeMb.toFixed(0)} MB before, peak ${r.rssPeakMb.toFixed(0)} MB during the job (${(r.rssPeakMb / r.rssBeforeMb).toFixed(2)}×); heap peak ${r.heapPeakMb.toFixed(0)} MB`,
    `  ${r.dupRows} rows with ${r.dupRows - r.dupDistinct} duplicates: ${r.dupCalls} upstream calls, credits spent ÷ (distinct addresses × credits per call) = ${r.creditsPerDistinct.toFixed(2)}× [target 1.0×]`,
  ].join('\n');
}
