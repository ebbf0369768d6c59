import { cpus } from 'node:os';
import { TEST_DATA_ROOT } from '../../e2e/test/support/data-root.ts';
import { reportBatchBench, runBatchBench } from './batch-bench.ts';
import { reportClientBench, runClientBench } from './client-bench.ts';
import { reportCreditBench, runCreditBench } from './credit-bench.ts';
import { reportFairnessBench, runFairnessBench } from './fairness-bench.ts';
import { reportFootprintBench, runFootprintBench } from './footprint-bench.ts';
import { reportSlackBench, runSlackBench } from './slack-bench.ts';

/** `pnpm bench`: every benchmark in turn; each prints one line per figure with its ratio to a same-run baseline. */
const benches: readonly { name: string; run: () => Promise<string> }[] = [
  { name: 'client', run: async () => reportClientBench(await runClientBench()) },
  {
    name: 'slack ack latency and throughput (store on disk)',
    run: async () => reportSlackBench(await runSlackBench()),
  },
  {
    name: 'slack ack latency and throughput (store on tmpfs: what SQLite fsyncs cost)',
    run: async () => reportSlackBench(await runSlackBench({ dataRoot: TEST_DATA_ROOT, label: 'tmpfs' })),
  },
  {
    name: 'fairness: one user queues 300 slow commands, another workspace asks',
    run: async () => reportFairnessBench(await runFairnessBench()),
  },
  { name: 'credit efficiency', run: async () => reportCreditBench(await runCreditBench()) },
  { name: 'portfolio job (batch)', run: async () => reportBatchBench(await runBatchBench()) },
  { name: 'footprint', run: async () => reportFootprintBench(await runFootprintBench()) },
];

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`machine: ${cpus().length} CPUs (${cpu}), node ${process.version}`);
const started = performance.now();
for (const bench of benches) {
  console.log(`\n== ${bench.name} ==`);
  console.log(await bench.run());
}
console.log(`\nall benchmarks: ${((performance.now() - started) / 1000).toFixed(0)} s`);
