import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeAltum } from '@altum-chat/testkit';
import { startFakeSlackApi } from '@altum-chat/testkit/slack';
import { Agent } from 'undici';
import { pool } from '../../e2e/test/support/rng.ts';
import { startChildApp } from './support/child-app.ts';
import { postSignedSlash, signedSlash } from './support/signed-slash.ts';
import { type Figure, formatFigure } from './support/stats.ts';
import { startTimedSink, type TimedSink } from './support/timed-sink.ts';

/**
 * Footprint of the real Slack app process as production runs it: the build (apps/slack-bot/dist/main.js,
 * `pnpm build` first) under plain `node`, env pointing at the fakes: time from spawn to a 200 on
 * /healthz, RSS idle and after 1,000 commands, and SIGTERM-to-exit time. Baseline: plain node running
 * a bare HTTP server (support/bare-server.mjs), measured in the same run on the same Node.
 */
const SIGNING_SECRET = 'footprint-signing-secret-0123456789';
const MB = 1024 * 1024;
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const APP_ENTRY = here('../../apps/slack-bot/dist/main.js');
const BARE_ENTRY = here('./support/bare-server.mjs');
/** Starts per side for the start-time medians, alternating app and bare server so load drifts hit both. */
const STARTS = 5;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * SIGTERM to the real app process while 200 acked commands still wait on Altum (400 ms): how many of
 * those users never get their answer. main.ts decides this; the ops shutdown helper drains them.
 */
async function sigtermMidLoad(
  env: Record<string, string>,
  fake: Awaited<ReturnType<typeof startFakeAltum>>,
  sink: TimedSink,
  agent: Agent,
): Promise<{ acked: number; lost: number; exitMs: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'altum-sigterm-'));
  const app = await startChildApp(APP_ENTRY, { ...env, DATA_DIR: dataDir });
  try {
    sink.reset();
    fake.inject({ latencyMs: 400, times: 10_000 });
    const url = `http://127.0.0.1:${app.port}/slack/events`;
    const acks = await pool(200, 200, (i) =>
      postSignedSlash(
        url,
        signedSlash(SIGNING_SECRET, {
          text: `value 1071AA ${5_000 + i}`,
          responseUrl: sink.url(`t${i}`),
          userId: `U${i % 40}`,
        }),
        agent,
      ),
    );
    const acked = acks.filter((status) => status === 200).length;
    const stopped = await app.stop();
    // Anything still coming would have to come from a process that no longer exists; wait for stragglers anyway.
    await sink.waitFor(acked, 2_000);
    return { acked, lost: acked - sink.finalCount(), exitMs: stopped.exitMs };
  } finally {
    fake.reset();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function runFootprintBench(): Promise<Figure[]> {
  execFileSync('pnpm', ['build'], { cwd: here('../..'), stdio: 'ignore' });
  const floor = await startChildApp(BARE_ENTRY, {});
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const floorRss = await floor.rssBytes();
  await floor.stop();

  const fake = await startFakeAltum({ latencyMs: 20 });
  const slackApi = await startFakeSlackApi();
  const sink = await startTimedSink();
  const dataDir = await mkdtemp(join(tmpdir(), 'altum-footprint-'));
  const agent = new Agent({ connections: 100 });
  try {
    const appEnv = {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-1111111111-2222222222-FootprintBenchToken',
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: slackApi.apiUrl,
      SLACK_RESPONSE_URL_ORIGINS: 'http://127.0.0.1',
      ALTUM_BASE_URL: fake.url,
      ALTUM_API_KEY: fake.apiKey,
      DATA_DIR: dataDir,
      PORT: '0',
      // info: the port arrives in the 'listening' line; one line per command is part of the footprint.
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
    };
    // Start times: medians of alternating cold starts (the first app start also fills Node's compile cache).
    const appStarts: number[] = [];
    const bareStarts: number[] = [];
    for (let i = 0; i < STARTS; i += 1) {
      const bare = await startChildApp(BARE_ENTRY, {});
      bareStarts.push(bare.readyMs);
      await bare.stop();
      const started = await startChildApp(APP_ENTRY, { ...appEnv, DATA_DIR: join(dataDir, `start-${i}`) });
      appStarts.push(started.readyMs);
      await started.stop();
    }
    const app = await startChildApp(APP_ENTRY, appEnv);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const idleRss = await app.rssBytes();
    const url = `http://127.0.0.1:${app.port}/slack/events`;
    await pool(1_000, 50, (i) =>
      postSignedSlash(
        url,
        signedSlash(SIGNING_SECRET, {
          text: `value 1071AA ${i + 1}`,
          responseUrl: sink.url(`f${i}`),
          userId: `U${i % 40}`,
        }),
        agent,
      ),
    );
    await sink.waitFor(1_000, 120_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const loadedRss = await app.rssBytes();
    const replies = sink.finalCount();
    const stopped = await app.stop();
    const midLoad = await sigtermMidLoad(appEnv, fake, sink, agent);
    return [
      {
        name: `slack app (build) start → /healthz, median of ${STARTS}`,
        value: median(appStarts),
        unit: 'ms',
        baseline: { name: 'bare node http server', value: median(bareStarts) },
        note: `target ≤ 10×, never over 500 ms; app ${appStarts.map((ms) => ms.toFixed(0)).join('/')} ms`,
      },
      {
        name: 'slack app (build) RSS idle',
        value: idleRss / MB,
        unit: 'MB',
        baseline: { name: 'bare node http server', value: floorRss / MB },
        note: 'target ≤ 2.2×',
      },
      {
        name: 'slack app RSS after 1,000 commands',
        value: loadedRss / MB,
        unit: 'MB',
        baseline: { name: 'itself idle', value: idleRss / MB },
      },
      { name: 'slack app final replies of 1,000', value: replies, unit: '', note: 'must be 1000' },
      {
        name: 'slack app SIGTERM → exit',
        value: stopped.exitMs,
        unit: 'ms',
        note: `exit code ${stopped.code}`,
      },
      {
        name: 'SIGTERM mid-load: acked commands without reply',
        value: midLoad.lost,
        unit: '',
        note: `of ${midLoad.acked} acked; must be 0 (exit ${midLoad.exitMs.toFixed(0)} ms after SIGTERM)`,
      },
    ];
  } finally {
    await agent.close();
    await Promise.all([fake.close(), slackApi.close(), sink.close()]);
    await rm(dataDir, { recursive: true, force: true });
  }
}

export function reportFootprintBench(figures: readonly Figure[]): string {
  return figures.map(formatFigure).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(reportFootprintBench(await runFootprintBench()));
}
