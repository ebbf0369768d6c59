import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Agent } from 'undici';
import { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, startSlackEnv } from '../../e2e/test/support/slack-env.ts';
import { loadBenchConfig } from './config.ts';
import { startBaselineBolt } from './support/baseline-bolt.ts';
import { postSignedSlash, signedSlash } from './support/signed-slash.ts';
import { type Figure, formatFigure, summarise } from './support/stats.ts';
import { startTimedSink, type TimedSink } from './support/timed-sink.ts';

/**
 * Slack ack latency and throughput: N signed `/altum value …` commands fired at once at the real
 * Slack app (HTTP mode, its factory) with the fake Altum answering in 500 ms, against two plain
 * Bolt apps in the same process: one that only acks (the limit) and one that awaits Altum before
 * acking (the usual hand-written bot). Distinct addresses, so no cache hit or coalescing helps.
 */
const SIZES = [200, 1_000] as const;
const ALTUM_LATENCY_MS = 500;
const WARMUP = 30;

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

interface Shot {
  readonly ackMs: number[];
  readonly sentAt: number[];
  readonly statuses: number[];
  readonly names: string[];
}

/** Fires `count` signed slash commands at once (signing done before the clock starts). */
async function fire(
  url: string,
  count: number,
  offset: number,
  sink: TimedSink,
  agent: Agent,
): Promise<Shot> {
  const names = Array.from({ length: count }, (_, i) => `n${offset + i}`);
  const signed = names.map((name, i) =>
    signedSlash(SLACK_SIGNING_SECRET, {
      text: `value 1071AA ${offset + i}`,
      responseUrl: sink.url(name),
      userId: `U${i % 50}`,
    }),
  );
  const shot: Shot = { ackMs: new Array(count), sentAt: new Array(count), statuses: new Array(count), names };
  await Promise.all(
    signed.map(async (command, i) => {
      const t0 = performance.now();
      shot.sentAt[i] = t0;
      try {
        shot.statuses[i] = await postSignedSlash(url, command, agent);
      } catch {
        shot.statuses[i] = 0;
      }
      shot.ackMs[i] = performance.now() - t0;
    }),
  );
  return shot;
}

interface Outcome {
  readonly ack: ReturnType<typeof summarise>;
  readonly final: ReturnType<typeof summarise>;
  readonly perSecond: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly failedAcks: number;
}

function ackOnly(shot: Shot): Outcome {
  const ack = summarise(shot.ackMs);
  const first = Math.min(...shot.sentAt);
  const last = Math.max(...shot.sentAt.map((t, i) => t + (shot.ackMs[i] ?? 0)));
  return {
    ack,
    final: ack,
    perSecond: shot.ackMs.length / ((last - first) / 1000),
    lost: 0,
    duplicated: 0,
    failedAcks: shot.statuses.filter((s) => s !== 200).length,
  };
}

async function withReplies(shot: Shot, sink: TimedSink, timeoutMs: number): Promise<Outcome> {
  await sink.waitFor(shot.names.length, timeoutMs);
  // A short grace period, so a duplicate would have time to show up.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const finals: number[] = [];
  let lost = 0;
  let duplicated = 0;
  let lastArrival = 0;
  shot.names.forEach((name, i) => {
    const arrivals = sink.arrivals(name);
    if (arrivals.length === 0) lost += 1;
    if (arrivals.length > 1) duplicated += arrivals.length - 1;
    const at = arrivals[0];
    if (at !== undefined) {
      finals.push(at - (shot.sentAt[i] ?? 0));
      lastArrival = Math.max(lastArrival, at);
    }
  });
  const first = Math.min(...shot.sentAt);
  return {
    ack: summarise(shot.ackMs),
    final: summarise(finals),
    perSecond: (shot.names.length - lost) / ((lastArrival - first) / 1000),
    lost,
    duplicated,
    failedAcks: shot.statuses.filter((s) => s !== 200).length,
  };
}

export interface SlackBenchResult {
  readonly figures: Figure[];
}

export interface SlackBenchOptions {
  /** Folder for the app's SQLite file (default os.tmpdir(), i.e. a real disk). */
  readonly dataRoot?: string;
  /** Added to every figure name, e.g. `store on tmpfs`. */
  readonly label?: string;
}

export async function runSlackBench(options: SlackBenchOptions = {}): Promise<SlackBenchResult> {
  const agent = new Agent({ connections: 1_200, pipelining: 1, keepAliveTimeout: 30_000 });
  const sink = await startTimedSink();
  const env = await startSlackEnv({
    latencyMs: ALTUM_LATENCY_MS,
    retry: { attempts: 1 },
    ...(options.dataRoot ? { dataRoot: options.dataRoot } : {}),
  });
  const empty = await startBaselineBolt('empty', {
    signingSecret: SLACK_SIGNING_SECRET,
    botToken: SLACK_BOT_TOKEN,
    slackApiUrl: env.slackApi.apiUrl,
  });
  const awaiting = await startBaselineBolt('await-altum', {
    signingSecret: SLACK_SIGNING_SECRET,
    botToken: SLACK_BOT_TOKEN,
    slackApiUrl: env.slackApi.apiUrl,
    altum: { client: env.client, apiKey: env.fake.apiKey },
  });
  const ours = `${env.baseUrl}/slack/events`;
  const figures: Figure[] = [];
  try {
    let offset = 10_000;
    for (const url of [empty.url, awaiting.url, ours]) {
      await fire(url, WARMUP, offset, sink, agent);
      offset += WARMUP;
    }
    await sink.waitFor(WARMUP, 10_000);
    for (const n of SIZES) {
      sink.reset();
      const limit = ackOnly(await fire(empty.url, n, offset, sink, agent));
      offset += n;
      const handCpu = process.cpuUsage();
      const handWritten = ackOnly(await fire(awaiting.url, n, offset, sink, agent));
      const handCpuMs = cpuMs(process.cpuUsage(handCpu)) / n;
      offset += n;
      sink.reset();
      const team = { platform: 'slack' as const, teamId: 'T0001' };
      const since = new Date();
      const spentBefore = (await env.store.budgets.getBudgetStatus({ ...team, userId: 'U0' }))
        .teamSpentThisMonth;
      const lag = monitorEventLoopDelay({ resolution: 10 });
      lag.enable();
      const ourCpu = process.cpuUsage();
      const shot = await fire(ours, n, offset, sink, agent);
      offset += n;
      const app = await withReplies(shot, sink, 120_000);
      // Less sensitive to a busy machine than wall time; the grace period for duplicates idles.
      const ourCpuMs = cpuMs(process.cpuUsage(ourCpu)) / n;
      lag.disable();
      // Every command must still leave its usage row and its settled credits (one each for `value`).
      const usage = (await env.store.usage.summarizeUsage({ ...team, since })).total;
      const spent =
        (await env.store.budgets.getBudgetStatus({ ...team, userId: 'U0' })).teamSpentThisMonth - spentBefore;
      const tag = `(N=${n}${options.label ? `, ${options.label}` : ''})`;
      const emptyName = 'empty Bolt app';
      const handName = 'await-then-ack Bolt app';
      figures.push(
        {
          name: `slack ack p50 ${tag}`,
          value: app.ack.p50,
          unit: 'ms',
          baseline: { name: emptyName, value: limit.ack.p50 },
        },
        {
          name: `slack ack p99 ${tag}`,
          value: app.ack.p99,
          unit: 'ms',
          baseline: { name: emptyName, value: limit.ack.p99 },
          note: 'target ≤ 1.2×',
        },
        { name: `slack ack max ${tag}`, value: app.ack.max, unit: 'ms', note: 'target < 3000 ms' },
        {
          name: `slack ack p99 vs hand-written ${tag}`,
          value: app.ack.p99,
          unit: 'ms',
          baseline: { name: handName, value: handWritten.ack.p99 },
        },
        {
          name: `slack final reply p50 ${tag}`,
          value: app.final.p50,
          unit: 'ms',
          baseline: { name: handName, value: handWritten.final.p50 },
        },
        {
          name: `slack final reply p99 ${tag}`,
          value: app.final.p99,
          unit: 'ms',
          baseline: { name: handName, value: handWritten.final.p99 },
        },
        {
          name: `slack commands/s to final reply ${tag}`,
          value: app.perSecond,
          unit: 'cmd/s',
          baseline: { name: handName, value: handWritten.perSecond },
        },
        {
          name: `process CPU per command to final reply ${tag}`,
          value: ourCpuMs,
          unit: 'ms',
          baseline: { name: handName, value: handCpuMs },
          note: 'whole process: app, fakes, sink and load generator',
        },
        {
          name: `event-loop delay max during our run ${tag}`,
          value: lag.max / 1e6,
          unit: 'ms',
          note: `p99 ${(lag.percentile(99) / 1e6).toFixed(0)} ms (whole process: app, fake, sink, load)`,
        },
        { name: `slack lost replies ${tag}`, value: app.lost, unit: '', note: 'must be 0' },
        { name: `usage rows recorded ${tag}`, value: usage.calls, unit: '', note: `must be ${n}` },
        { name: `credits settled in the budget ledger ${tag}`, value: spent, unit: '', note: `must be ${n}` },
        { name: `slack duplicated replies ${tag}`, value: app.duplicated, unit: '', note: 'must be 0' },
        {
          name: `slack non-200 acks ${tag}`,
          value: app.failedAcks,
          unit: '',
          note: `empty app ${limit.failedAcks}, hand-written ${handWritten.failedAcks}`,
        },
      );
    }
  } finally {
    await empty.stop();
    await awaiting.stop();
    await env.close();
    await sink.close();
    await agent.close();
  }
  return { figures };
}

export function reportSlackBench(result: SlackBenchResult): string {
  return result.figures.map(formatFigure).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataRoot = loadBenchConfig().BENCH_DATA_ROOT;
  console.log(reportSlackBench(await runSlackBench(dataRoot ? { dataRoot, label: dataRoot } : {})));
}
