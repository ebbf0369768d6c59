import { reportClientBench, runClientBench } from './client-bench.ts';

/** `pnpm bench`: every benchmark in turn; each prints its own figures and ratios. */
const benches: readonly { name: string; run: () => Promise<string> }[] = [
  { name: 'client', run: async () => reportClientBench(await runClientBench()) },
];

for (const bench of benches) {
  console.log(`\n== ${bench.name} ==`);
  console.log(await bench.run());
}
