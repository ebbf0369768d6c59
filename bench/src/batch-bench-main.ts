import { reportBatchBench, runBatchBench } from './batch-bench.ts';

/** `pnpm --filter @altum-chat/bench bench:batch`: the portfolio benchmark alone. */
console.log(reportBatchBench(await runBatchBench()));
