import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createAltumClient } from '@altum-chat/core';
import { Agent, request } from 'undici';
import { formatStats, measure, medianRun, type RunStats } from './measure.ts';

/**
 * Client overhead: the same AVM request through (a) client.call, (b) raw undici.request + JSON.parse
 * on a keep-alive Agent, (c) global fetch, against the fake Altum in a child process, cache off.
 * Each input is distinct (house number varies) so coalescing never merges requests.
 */
const TOTAL = 2_000;
const WARMUP = 2_000;
const CONCURRENCY = 16;
const ROUNDS = 5;

interface FakeHandle {
  readonly url: string;
  readonly apiKey: string;
  stop(): Promise<void>;
}

async function startFakeProcess(): Promise<FakeHandle> {
  const script = fileURLToPath(new URL('./fake-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const [first] = (await once(lines, 'line')) as [string];
  const { url, apiKey } = JSON.parse(first) as { url: string; apiKey: string };
  return {
    url,
    apiKey,
    async stop() {
      child.stdin.end();
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

const addressFor = (i: number) => ({ postcode: '1071AA', housenumber: (i % 90_000) + 1, houseaddition: 'B' });

export async function runClientBench(): Promise<RunStats[]> {
  const fake = await startFakeProcess();
  const client = createAltumClient({ baseUrl: fake.url, cache: false, retry: { attempts: 1 } });
  const agent = new Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000, connections: 64 });
  const headers = {
    'x-api-key': fake.apiKey,
    'content-type': 'application/json',
    accept: 'application/json',
  };
  let offset = 0;
  const variants: Record<string, (i: number) => Promise<unknown>> = {
    "(a) client.call('avm')": (i) => client.call('avm', addressFor(offset + i), { apiKey: fake.apiKey }),
    '(b) undici.request + JSON.parse': async (i) => {
      const response = await request(`${fake.url}/avm`, {
        method: 'POST',
        headers,
        body: JSON.stringify(addressFor(offset + i)),
        dispatcher: agent,
      });
      return JSON.parse(await response.body.text());
    },
    '(c) fetch + json()': async (i) => {
      const response = await fetch(`${fake.url}/avm`, {
        method: 'POST',
        headers,
        body: JSON.stringify(addressFor(offset + i)),
      });
      return response.json();
    },
  };
  const runs = new Map<string, RunStats[]>(Object.keys(variants).map((name) => [name, []]));
  try {
    for (const [name, task] of Object.entries(variants)) await measure(name, WARMUP, CONCURRENCY, task);
    // Rounds interleave the variants so a burst of other work on the machine hits all of them.
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, task] of Object.entries(variants)) {
        offset += TOTAL;
        runs.get(name)?.push(await measure(name, TOTAL, CONCURRENCY, task));
      }
    }
  } finally {
    await client.close();
    await agent.close();
    await fake.stop();
  }
  return [...runs.values()].map(medianRun);
}

export function reportClientBench(results: readonly RunStats[]): string {
  const [a, b, c] = results;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `client benchmark: ${TOTAL} requests per round, median of ${ROUNDS} interleaved rounds, concurrency ${CONCURRENCY}, warm-up ${WARMUP}`,
    `machine: ${cpus().length} × ${cpu}, node ${process.version}`,
    ...results.map(formatStats),
  ];
  if (a && b && c) {
    lines.push(
      `a/b throughput ${(a.perSecond / b.perSecond).toFixed(3)} (target ≥ 0.85)`,
      `a/c throughput ${(a.perSecond / c.perSecond).toFixed(3)} (target ≥ 1.00)`,
      `client CPU per request: a ${a.cpuUsPerRequest.toFixed(0)} µs, b ${b.cpuUsPerRequest.toFixed(0)} µs, c ${c.cpuUsPerRequest.toFixed(0)} µs`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(reportClientBench(await runClientBench()));
}
