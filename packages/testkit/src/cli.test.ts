import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAKE_KEYS } from './fake-altum/scenarios.ts';

describe('pnpm fake-altum', () => {
  it('prints its URL and the demo key, serves requests and stops on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout });
    const printed: string[] = [];
    const url = await new Promise<string>((resolve) => {
      lines.on('line', (line) => {
        printed.push(line);
        const match = /listening on (http:\/\/\S+)/.exec(line);
        if (match?.[1]) resolve(match[1]);
      });
    });
    await expect.poll(() => printed.join('\n')).toContain(FAKE_KEYS.valid);
    const response = await fetch(`${url}/credit`, { headers: { 'x-api-key': FAKE_KEYS.valid } });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  }, 20_000);
});
