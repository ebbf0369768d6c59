import { spawn } from 'node:child_process';
import { loadLaunchTargets } from './config.ts';

/**
 * `pnpm start`: runs (from source, each app's `dev` script) the bots whose credentials are configured, or the terminal playground when
 * there are none, so a newcomer gets a working chat without any account.
 */
const targets = loadLaunchTargets();
const children = targets.map((target) =>
  spawn('pnpm', ['--silent', '--filter', `@altum-chat/${target}`, 'dev'], { stdio: 'inherit' }),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

let remaining = children.length;
let worst = 0;
for (const child of children) {
  child.on('exit', (code) => {
    worst = Math.max(worst, code ?? 1);
    remaining -= 1;
    if (remaining === 0) process.exit(worst);
  });
}
