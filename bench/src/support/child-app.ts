import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { childEnvironment } from '../config.ts';

export interface ChildApp {
  readonly child: ChildProcess;
  readonly port: number;
  /** Spawn → first 200 from /healthz. */
  readonly readyMs: number;
  rssBytes(): Promise<number>;
  /** SIGTERM, then the time until the process exited. */
  stop(): Promise<{ exitMs: number; code: number | null }>;
}

/**
 * Starts an entry point in its own node process (plain `node` for built JavaScript, the tsx loader
 * for a .ts source file), reads the port from its first JSON log line that has one, and polls
 * /healthz until it answers.
 */
export async function startChildApp(entry: string, env: Record<string, string>): Promise<ChildApp> {
  const started = performance.now();
  const args = entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry];
  const child = spawn(process.execPath, args, {
    env: childEnvironment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    lines.on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { port?: unknown };
        if (typeof parsed.port === 'number') resolve(parsed.port);
      } catch {
        // Not a JSON log line.
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`${entry} exited (${code}) before listening: ${stderr.slice(0, 500)}`)),
    );
  });
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const readyMs = performance.now() - started;
  return {
    child,
    port,
    readyMs,
    async rssBytes() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      return Number(kb ?? Number.NaN) * 1024;
    },
    async stop() {
      const t0 = performance.now();
      if (child.exitCode !== null) return { exitMs: 0, code: child.exitCode };
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      return { exitMs: performance.now() - t0, code };
    },
  };
}
