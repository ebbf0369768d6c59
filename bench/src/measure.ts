/** Throughput and latency of one benchmark run. */
export interface RunStats {
  readonly name: string;
  readonly requests: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Client-process CPU (user + system) per request: less sensitive to a busy machine than req/s. */
  readonly cpuUsPerRequest: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

/** Runs `task(i)` for i in [0, total) with at most `concurrency` in flight; records each latency. */
export async function measure(
  name: string,
  total: number,
  concurrency: number,
  task: (index: number) => Promise<unknown>,
): Promise<RunStats> {
  const latencies: number[] = new Array(total);
  let next = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next;
      next += 1;
      const t0 = performance.now();
      await task(index);
      latencies[index] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name,
    requests: total,
    seconds,
    perSecond: total / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    cpuUsPerRequest: (cpu.user + cpu.system) / total,
  };
}

export function formatStats(stats: RunStats): string {
  return `${stats.name.padEnd(34)} ${stats.perSecond.toFixed(0).padStart(7)} req/s   p50 ${stats.p50Ms.toFixed(2).padStart(6)} ms   p99 ${stats.p99Ms.toFixed(2).padStart(6)} ms   client CPU ${stats.cpuUsPerRequest.toFixed(0).padStart(4)} µs/req`;
}

/** The run with the median throughput: robust against one round hit by other work on the machine. */
export function medianRun(runs: readonly RunStats[]): RunStats {
  const sorted = [...runs].sort((a, b) => a.perSecond - b.perSecond);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('no runs to summarise');
  return middle;
}
