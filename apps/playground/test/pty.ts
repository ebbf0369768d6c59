import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childEnvironment } from './config.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** Keys as a terminal sends them. */
export const KEYS = {
  enter: '\r',
  up: '\x1b[A',
  ctrlC: '\x03',
  ctrlD: '\x04',
} as const;

/**
 * util-linux `script` gives the playground a real pseudo-terminal (raw mode, echo, Ctrl-C as a
 * byte), without a native module: what we write to its stdin is what a person types.
 */
export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** The playground on a pseudo-terminal: type into it, and read everything it ever put on screen. */
export interface PtySession extends AsyncDisposable {
  /** Everything written to the terminal so far, escape sequences included. */
  screen(): string;
  /** Types text a few characters at a time, as a person would. */
  type(text: string): Promise<void>;
  /** Waits until the screen output after `from` contains `text` (or matches it). */
  waitFor(text: string | RegExp, from?: number): Promise<void>;
  exited(): Promise<number | null>;
}

export function startPlaygroundPty(env: Readonly<Record<string, string>>): PtySession {
  const command = `'${TSX}' '${MAIN}'`;
  const child: ChildProcessWithoutNullStreams = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: ROOT,
    env: { ...childEnvironment(env), TERM: 'xterm', COLUMNS: '120', LINES: '40' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    screen += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    screen += chunk;
  });
  return {
    screen: () => screen,
    async type(text) {
      for (let i = 0; i < text.length; i += 4) {
        child.stdin.write(text.slice(i, i + 4));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async waitFor(text, from = 0) {
      const found = () => {
        const seen = screen.slice(from);
        return typeof text === 'string' ? seen.includes(text) : text.test(seen);
      };
      // Generous: the playground starts tsx and the fake on a shared 2-core machine.
      const deadline = Date.now() + 30_000;
      while (!found()) {
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`no ${String(text)} on screen after ${from}; screen:\n${JSON.stringify(screen)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    exited: () => exit,
    async [Symbol.asyncDispose]() {
      if (child.exitCode === null) child.kill();
      await exit;
    },
  };
}
