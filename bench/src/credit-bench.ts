import { TEST_DATA_ROOT } from '../../e2e/test/support/data-root.ts';
import { pool, seededRandom, zipfSampler } from '../../e2e/test/support/rng.ts';
import { type RunnerEnv, startRunnerEnv } from '../../e2e/test/support/runner-env.ts';
import { type Figure, formatFigure } from './support/stats.ts';

/**
 * Credit efficiency: 1,000 `value` commands over 200 distinct addresses (each once, plus 800 Zipf
 * draws, shuffled; 20 in flight so hot addresses repeat while their first call is still running),
 * through the real runner + client + fake. Upstream calls are what Altum would bill; the minimum is
 * one per distinct address. Baseline: the same workload through a client with the cache off.
 */
const COMMANDS = 1_000;
const ADDRESSES = 200;
const CONCURRENCY = 20;

function workload(): number[] {
  const random = seededRandom(4_242);
  const draw = zipfSampler(ADDRESSES, 1.0, random);
  const list = [
    ...Array.from({ length: ADDRESSES }, (_, k) => k),
    ...Array.from({ length: COMMANDS - ADDRESSES }, draw),
  ];
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] ?? 0, list[i] ?? 0];
  }
  return list;
}

async function upstreamCalls(
  cache: boolean,
  addresses: readonly number[],
): Promise<{ calls: number; perCold: number }> {
  const env: RunnerEnv = await startRunnerEnv({ cache, latencyMs: 50, dataRoot: TEST_DATA_ROOT });
  try {
    const requester = { platform: 'slack' as const, teamId: 'T1', userId: 'U1' };
    // How many upstream calls one cold `value` makes, on an address outside the workload.
    await env.runner.run(requester, { kind: 'text', text: 'value 9711AA 1' });
    const perCold = env.fake.requests.length;
    env.fake.reset();
    await pool(addresses.length, CONCURRENCY, (i) =>
      env.runner.run(
        { ...requester, userId: `U${i % 7}` },
        { kind: 'text', text: `value 1071AA ${1 + (addresses[i] ?? 0)}` },
      ),
    );
    return { calls: env.fake.requests.filter((r) => r.keyStatus === 'valid').length, perCold };
  } finally {
    await env.close();
  }
}

export async function runCreditBench(): Promise<Figure[]> {
  const addresses = workload();
  const distinct = new Set(addresses).size;
  const cached = await upstreamCalls(true, addresses);
  const uncached = await upstreamCalls(false, addresses);
  const minimum = distinct * cached.perCold;
  return [
    {
      name: `upstream calls, ${COMMANDS} commands / ${distinct} addresses`,
      value: cached.calls,
      unit: 'calls',
      baseline: { name: 'minimum (1 per address)', value: minimum },
    },
    {
      name: 'upstream calls vs cache-off client',
      value: cached.calls,
      unit: 'calls',
      baseline: { name: 'cache off (coalescing still on)', value: uncached.calls },
    },
    {
      name: 'upstream calls vs one call per command',
      value: cached.calls,
      unit: 'calls',
      baseline: { name: 'naive bot', value: COMMANDS * cached.perCold },
    },
  ];
}

export function reportCreditBench(figures: readonly Figure[]): string {
  return figures.map(formatFigure).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(reportCreditBench(await runCreditBench()));
}
