import type { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../metrics/create-metrics.ts';
import { createMetricsServer, publicMetrics } from './metrics-endpoint.ts';
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
      expect(await answer.json()).toEqual({
        ready: false,
        checks: { config: false, slow: false },
        reasons: { slow: 'timed out' },
      });
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

describe('readiness reasons', () => {
  it('puts a reason a check gives in the body, never a thrown error text', async () => {
    const server = createOpsServer({
      checks: {
        slack: () => ({ ready: false, reason: 'slack auth.test failed: invalid_auth' }),
        store: () => {
          throw new Error('connect ECONNREFUSED postgres://user:pw@db');
        },
      },
    });
    const base = await serve(server);
    try {
      const answer = await fetch(`${base}/readyz`);
      expect(answer.status).toBe(503);
      const text = await answer.text();
      expect(JSON.parse(text)).toEqual({
        ready: false,
        checks: { slack: false, store: false },
        reasons: { slack: 'slack auth.test failed: invalid_auth' },
      });
      expect(text).not.toContain('pw');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('metrics placement', () => {
  const metrics = createMetrics({ processMetrics: false });
  const token = 'metrics-bearer-token-0123456789';

  it('is not served on the public port without a token, and only with the bearer token when one is set', async () => {
    const open = createOpsServer({
      ...publicMetrics(metrics, { port: undefined, host: '127.0.0.1', token: undefined }),
    });
    const guarded = createOpsServer({
      ...publicMetrics(metrics, { port: undefined, host: '127.0.0.1', token }),
    });
    const openBase = await serve(open);
    const guardedBase = await serve(guarded);
    try {
      expect((await fetch(`${openBase}/metrics`)).status).toBe(404);
      expect((await fetch(`${guardedBase}/metrics`)).status).toBe(401);
      const wrong = await fetch(`${guardedBase}/metrics`, { headers: { authorization: 'Bearer nope' } });
      expect(wrong.status).toBe(401);
      expect(await wrong.text()).not.toContain(token);
      const right = await fetch(`${guardedBase}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('# HELP');
    } finally {
      for (const server of [open, guarded]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    }
  });

  it('with METRICS_PORT gets a listener of its own, and none on the public port', async () => {
    const placement = { port: 0, host: '127.0.0.1', token: undefined };
    expect(publicMetrics(metrics, placement)).toEqual({});
    const own = createMetricsServer(metrics, placement);
    if (!own) throw new Error('expected a metrics server');
    const base = await serve(own);
    try {
      expect((await fetch(`${base}/metrics`)).status).toBe(200);
      expect((await fetch(`${base}/healthz`)).status).toBe(404);
    } finally {
      own.closeAllConnections();
      await new Promise((resolve) => own.close(resolve));
    }
    expect(createMetricsServer(metrics, { port: undefined, host: '127.0.0.1', token })).toBeUndefined();
  });
});
