import { fileURLToPath } from 'node:url';
import { Agent } from 'undici';
import { SLACK_SIGNING_SECRET, startSlackEnv } from '../../e2e/test/support/slack-env.ts';
import { postSignedSlash, signedSlash } from './support/signed-slash.ts';
import { type Figure, formatFigure } from './support/stats.ts';
import { startTimedSink, type TimedSink } from './support/timed-sink.ts';

/**
 * Fairness (issue 12): one user of workspace T0001 queues 300 slow commands (`woz`, each held 3 s by
 * the fake Altum); meanwhile a user of another workspace sends `help` and an uncached `value`. Their
 * time to the final reply is compared with the same commands on the same app while idle. Measured
 * with the default per-user limits (4 running, 50 waiting: the rest of the burst is told "busy") and
 * with the queue opened to all 300, which tests the turn-taking alone; and without the per-user
 * in-flight cap, to show what that cap is for.
 */
const BURST = 300;
const SLOW_MS = 3_000;
const SAMPLES = 5;

/** Sends one signed command and resolves with the ms until its final reply reached the sink. */
async function timed(
  url: string,
  sink: TimedSink,
  agent: Agent,
  name: string,
  text: string,
  team: string,
  user: string,
): Promise<number> {
  const command = signedSlash(SLACK_SIGNING_SECRET, {
    text,
    responseUrl: sink.url(name),
    userId: user,
    teamId: team,
  });
  const sent = performance.now();
  await postSignedSlash(url, command, agent);
  for (let waited = 0; sink.arrivals(name).length === 0 && waited < 60_000; waited += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return (sink.arrivals(name)[0] ?? Number.NaN) - sent;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

interface Variant {
  readonly label: string;
  readonly perUserQueued?: number;
  readonly perUserInFlight?: number;
}

async function runVariant(variant: Variant, agent: Agent): Promise<Figure[]> {
  const sink = await startTimedSink();
  const env = await startSlackEnv({
    latencyMs: 20,
    retry: { attempts: 1 },
    postAck: {
      ...(variant.perUserQueued === undefined ? {} : { perUserQueued: variant.perUserQueued }),
      ...(variant.perUserInFlight === undefined ? {} : { perUserInFlight: variant.perUserInFlight }),
    },
  });
  const url = `${env.baseUrl}/slack/events`;
  let sample = 0;
  const other = async (text: (n: number) => string) => {
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      sample += 1;
      times.push(await timed(url, sink, agent, `b${sample}`, text(sample), 'T0002', 'UB'));
    }
    return median(times);
  };
  try {
    // Warm up (first render, first store writes), then the idle baseline.
    await other(() => 'help');
    await other((n) => `value 1071AA ${n}`);
    const idleHelp = await other(() => 'help');
    const idleValue = await other((n) => `value 1071AA ${n}`);

    env.fake.inject({ operationId: 'woz', latencyMs: SLOW_MS, times: BURST });
    const burst = Array.from({ length: BURST }, (_, i) =>
      postSignedSlash(
        url,
        signedSlash(SLACK_SIGNING_SECRET, {
          text: `woz 1071AA ${1000 + i}`,
          responseUrl: sink.url(`a${i}`),
          userId: 'UA',
          teamId: 'T0001',
        }),
        agent,
      ),
    );
    await Promise.all(burst);
    // The burst is acked and its first commands are waiting on Altum: now the other workspace asks.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const busyHelp = await other(() => 'help');
    const busyValue = await other((n) => `value 1071AA ${n}`);
    const label = variant.label;
    return [
      {
        name: `help, other workspace (${label})`,
        value: busyHelp,
        unit: 'ms',
        baseline: { name: 'idle', value: idleHelp },
        note: 'target ≤ 1.5×',
      },
      {
        name: `uncached value, other workspace (${label})`,
        value: busyValue,
        unit: 'ms',
        baseline: { name: 'idle', value: idleValue },
        note: 'target ≤ 1.5×',
      },
      {
        name: `burst commands told "busy" (${label})`,
        value: countBusy(sink, BURST),
        unit: 'of 300',
      },
    ];
  } finally {
    await env.close();
    await sink.close();
  }
}

/** Burst replies that arrived while the figures were taken and were the "busy" answer. */
function countBusy(sink: TimedSink, count: number): number {
  let busy = 0;
  for (let i = 0; i < count; i += 1)
    if (sink.bodies(`a${i}`).some((body) => body.includes('Busy'))) busy += 1;
  return busy;
}

export async function runFairnessBench(): Promise<Figure[]> {
  const agent = new Agent({ connections: 512, pipelining: 1, keepAliveTimeout: 30_000 });
  try {
    return [
      ...(await runVariant({ label: 'default limits' }, agent)),
      ...(await runVariant({ label: 'all 300 queued', perUserQueued: BURST }, agent)),
      // Without the per-user cap one user can hold all 256 slots: the turn-taking alone cannot help
      // while every slot waits 3 s on Altum. Shows what the cap is for.
      ...(await runVariant({ label: 'no per-user cap', perUserQueued: BURST, perUserInFlight: 256 }, agent)),
    ];
  } finally {
    await agent.close();
  }
}

export const reportFairnessBench = (figures: readonly Figure[]): string =>
  figures.map(formatFigure).join('\n');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(reportFairnessBench(await runFairnessBench()));
}
