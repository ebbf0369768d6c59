import type { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createOpsServer } from './ops-routes.ts';

async function serve(server: ReturnType<typeof createServer>) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('health endpoints', () => {
  it('readyz fails a check that returns false, hangs past the timeout, or while draining', async () => {
    let draining = false;
    const server = createOpsServer({
      checks: { config: () => false, slow: () => new Promise(() => {}) },
      timeoutMs: 20,
      draining: () => draining,
    });
    const base = await serve(server);
    try {
      const answer = await fetch(`${base}/readyz`);
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ ready: false, checks: { config: false, slow: false } });
      draining = true;
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ ready: false, draining: true });
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
