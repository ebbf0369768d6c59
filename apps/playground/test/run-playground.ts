import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childEnvironment } from './config.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface PlaygroundRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** Runs the playground as a child process with `lines` piped to stdin, as a user's script would. */
export function runPlayground(
  lines: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<PlaygroundRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [MAIN], {
      cwd: ROOT,
      env: childEnvironment(env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}
