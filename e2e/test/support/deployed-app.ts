import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { CHILD_PATH } from './config.ts';

/** An app started with `npm start` in a deployed folder (its own process group, so npm's child dies with it). */
export interface DeployedApp {
  readonly port: number;
  output(): string;
  /**
   * SIGTERM to the whole group (npm does not forward signals to the app it started), then waits
   * until the app itself has exited: its output pipe closes only when the last holder is gone.
   */
  stop(): Promise<void>;
}

/**
 * `npm start` in `dir` with only `env` (plus PATH to find node and npm): nothing from the developer's
 * environment, and no repository `node_modules` above a temp folder to fall back on. Resolves once
 * the app logged its port.
 */
export async function startDeployedApp(dir: string, env: Record<string, string>): Promise<DeployedApp> {
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: dir,
    env: { PATH: CHILD_PATH, HOME: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const closed = once(child, 'close');
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /"port":(\d+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(Number(match[1]));
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`npm start in ${dir} exited (${code}) before listening:\n${output.slice(0, 2_000)}`));
    });
  });
  return {
    port,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
      await closed;
    },
  };
}
