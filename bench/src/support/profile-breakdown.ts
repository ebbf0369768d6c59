/** The parts of a V8 `.cpuprofile` (Profiler.stop) the breakdown reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
    };
    readonly children?: readonly number[] | undefined;
  }[];
  readonly samples?: readonly number[] | undefined;
  readonly timeDeltas?: readonly number[] | undefined;
}

/** Areas by where the code lives; the first match wins. */
const AREAS: readonly (readonly [string, RegExp])[] = [
  ['load generator, fakes and sink (not the app)', /\/(bench|e2e|packages\/testkit)\//],
  ['store (SQLite driver and repositories)', /\/packages\/store\/|better-sqlite3/],
  [
    'chat runner (plan, key, budget, usage)',
    /\/packages\/chat\/src\/(runner|grammar|commands\/(define|create-registry|subcommands))/,
  ],
  ['chat results (reply building, formatting)', /\/packages\/chat\//],
  ['Altum client (core)', /\/packages\/core\//],
  ['zod (parsing)', /\/zod\//],
  ['Slack render (Block Kit)', /\/apps\/slack-bot\/src\/render\//],
  ['Slack adapter', /\/apps\/slack-bot\//],
  ['Bolt, web-api, axios (response_url posts)', /@slack\/|\/axios\/|follow-redirects|form-data/],
  ['undici (HTTP client)', /\/undici\//],
  ['pino, prom-client', /\/(pino|prom-client)/],
  ['other dependencies', /node_modules/],
];

const SPECIAL: Readonly<Record<string, string>> = {
  '(idle)': 'idle',
  '(garbage collector)': 'garbage collector',
  '(program)': 'V8 and native (program)',
};

export interface Breakdown {
  readonly totalMs: number;
  /** Milliseconds per area; Node internals are charged to the nearest caller in a known area. */
  readonly areas: readonly { readonly area: string; readonly ms: number }[];
  /** Functions with the most self time (outside idle). */
  readonly top: readonly { readonly name: string; readonly ms: number }[];
}

function areaOf(url: string): string | undefined {
  if (url === '') return undefined;
  for (const [area, pattern] of AREAS) if (pattern.test(url)) return area;
  return url.startsWith('node:') ? undefined : 'other';
}

/** Sums sampled time per area of the code base and per function. */
export function breakdown(profile: CpuProfile, topCount = 15): Breakdown {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const areaCache = new Map<number, string>();
  const resolve = (id: number): string => {
    const cached = areaCache.get(id);
    if (cached) return cached;
    const node = byId.get(id);
    let area = node ? (SPECIAL[node.callFrame.functionName] ?? areaOf(node.callFrame.url)) : undefined;
    if (area === undefined) {
      const up = parent.get(id);
      area = up === undefined ? 'Node internals (no caller of ours)' : resolve(up);
      if (area === 'idle' || area === 'V8 and native (program)') area = 'Node internals (no caller of ours)';
    }
    areaCache.set(id, area);
    return area;
  };
  const areaMs = new Map<string, number>();
  const selfMs = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalMs = 0;
  samples.forEach((id, i) => {
    const ms = (deltas[i] ?? 0) / 1000;
    totalMs += ms;
    const area = resolve(id);
    areaMs.set(area, (areaMs.get(area) ?? 0) + ms);
    const frame = byId.get(id)?.callFrame;
    if (!frame || area === 'idle') return;
    const file = frame.url.replace(/^.*\/(node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?)?/, '');
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    selfMs.set(name, (selfMs.get(name) ?? 0) + ms);
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    totalMs,
    areas: sorted(areaMs).map(([area, ms]) => ({ area, ms })),
    top: sorted(selfMs)
      .slice(0, topCount)
      .map(([name, ms]) => ({ name, ms })),
  };
}

export function formatBreakdown(result: Breakdown): string {
  const pct = (ms: number) => `${((100 * ms) / result.totalMs).toFixed(1).padStart(5)} %`;
  const lines = [`profiled ${result.totalMs.toFixed(0)} ms`, '', 'by area:'];
  for (const { area, ms } of result.areas)
    lines.push(`  ${pct(ms)}  ${ms.toFixed(0).padStart(6)} ms  ${area}`);
  lines.push('', 'top functions (self time):');
  for (const { name, ms } of result.top) lines.push(`  ${pct(ms)}  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  return lines.join('\n');
}
