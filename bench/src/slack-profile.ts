import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { Agent } from 'undici';
import { SLACK_SIGNING_SECRET, startSlackEnv } from '../../e2e/test/support/slack-env.ts';
import { loadBenchConfig } from './config.ts';
import { breakdown, formatBreakdown } from './support/profile-breakdown.ts';
import { postSignedSlash, signedSlash } from './support/signed-slash.ts';
import { startTimedSink } from './support/timed-sink.ts';

/**
 * Where the CPU goes while our Slack app answers N = 1,000 signed `/altum value …` commands at once
 * (the slack bench's workload, our app only): a CPU profile of just that window, written as a
 * `.cpuprofile` (open it in Chrome DevTools) and summarised by area (store, runner, client, Bolt, …).
 * `pnpm --filter @altum-chat/bench bench:profile`; BENCH_PROFILE_OUT names the output file.
 */
const N = 1_000;
const ALTUM_LATENCY_MS = 500;

const config = loadBenchConfig();
const agent = new Agent({ connections: 1_200, pipelining: 1, keepAliveTimeout: 30_000 });
const sink = await startTimedSink();
const env = await startSlackEnv({
  latencyMs: ALTUM_LATENCY_MS,
  retry: { attempts: 1 },
  ...(config.BENCH_DATA_ROOT ? { dataRoot: config.BENCH_DATA_ROOT } : {}),
});
const url = `${env.baseUrl}/slack/events`;
const shoot = async (count: number, offset: number) => {
  const signed = Array.from({ length: count }, (_, i) =>
    signedSlash(SLACK_SIGNING_SECRET, {
      text: `value 1071AA ${offset + i}`,
      responseUrl: sink.url(`p${offset + i}`),
      userId: `U${i % 50}`,
    }),
  );
  await Promise.all(signed.map((command) => postSignedSlash(url, command, agent)));
  await sink.waitFor(count, 120_000);
};

const session = new Session();
session.connect();
try {
  await shoot(30, 10_000);
  sink.reset();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const started = performance.now();
  const cpu = process.cpuUsage();
  await shoot(N, 20_000);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuPerCommand = (used.user + used.system) / 1000 / N;
  const { profile } = await session.post('Profiler.stop');
  const out = config.BENCH_PROFILE_OUT ?? 'slack-n1000.cpuprofile';
  await writeFile(out, JSON.stringify(profile));
  console.log(
    `N = ${N}: all final replies after ${wallMs.toFixed(0)} ms, ${cpuPerCommand.toFixed(2)} ms process CPU per command (profiler on); profile written to ${out}`,
  );
  console.log(formatBreakdown(breakdown(profile)));
} finally {
  session.disconnect();
  await env.close();
  await sink.close();
  await agent.close();
}
