import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createOpsRoutes } from '../http/ops-routes.ts';
import { createMetrics } from './create-metrics.ts';

/** Parses exposition text into `name{labels}` → value, the way a scraper would see it. */
function parse(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

describe('createMetrics', () => {
  it('counts commands, upstream calls, cache hits, credits and refusals', async () => {
    const metrics = createMetrics({ processMetrics: false });
    metrics.commandFinished({ command: 'value', platform: 'slack', outcome: 'ok', durationMs: 700 });
    metrics.commandFinished({ command: 'value', platform: 'slack', outcome: 'ok' });
    metrics.commandFinished({ command: 'woz', platform: 'discord', outcome: 'upstream' });
    metrics.callFinished({ operation: 'avm', durationMs: 480, cached: false, credits: 1 });
    metrics.callFinished({ operation: 'avm', durationMs: 1, cached: true, credits: 0 });
    metrics.callFinished({ operation: 'avm', durationMs: 300, cached: false, coalesced: true, credits: 0 });
    metrics.callFinished({ operation: 'energylabel', durationMs: 30, cached: false, credits: 2 });
    metrics.budgetRefused({ platform: 'slack', limit: 'team_monthly' });
    metrics.replyDegraded({ platform: 'slack', reason: 'images_refused' });
    const series = parse(await metrics.text());
    expect(series.get('altum_chat_replies_degraded_total{platform="slack",reason="images_refused"}')).toBe(1);
    expect(series.get('altum_chat_commands_total{command="value",platform="slack",outcome="ok"}')).toBe(2);
    expect(series.get('altum_chat_commands_total{command="woz",platform="discord",outcome="upstream"}')).toBe(
      1,
    );
    expect(series.get('altum_chat_command_duration_seconds_count{platform="slack"}')).toBe(1);
    expect(series.get('altum_chat_upstream_requests_total{operation="avm",source="sent"}')).toBe(1);
    expect(series.get('altum_chat_upstream_requests_total{operation="avm",source="cache"}')).toBe(1);
    expect(series.get('altum_chat_upstream_requests_total{operation="avm",source="coalesced"}')).toBe(1);
    expect(series.get('altum_chat_cache_hits_total{operation="avm"}')).toBe(1);
    expect(series.get('altum_chat_credits_spent_total{operation="avm"}')).toBe(1);
    expect(series.get('altum_chat_credits_spent_total{operation="energylabel"}')).toBe(2);
    expect(
      series.get('altum_chat_upstream_duration_seconds_bucket{le="0.5",operation="avm",outcome="ok"}'),
    ).toBe(2);
    expect(
      series.get('altum_chat_upstream_duration_seconds_bucket{le="0.25",operation="avm",outcome="ok"}'),
    ).toBe(0);
    expect(series.get('altum_chat_budget_refusals_total{platform="slack",scope="team_monthly"}')).toBe(1);
  });

  it('collapses unbounded label values and keeps registries separate', async () => {
    const a = createMetrics({ processMetrics: false });
    const b = createMetrics({ processMetrics: false });
    a.commandFinished({ command: 'x'.repeat(500), platform: 'slack', outcome: 'ok' });
    a.commandFinished({ command: 'value "quoted"\n', platform: 'slack', outcome: 'ok' });
    expect(
      parse(await a.text()).get('altum_chat_commands_total{command="other",platform="slack",outcome="ok"}'),
    ).toBe(2);
    expect(await b.text()).not.toContain('command="other"');
  });

  it('serves the exposition format over HTTP next to /healthz and /readyz', async () => {
    const metrics = createMetrics();
    metrics.commandFinished({ command: 'help', platform: 'slack', outcome: 'ok' });
    let storeUp = true;
    const routes = createOpsRoutes({
      metrics,
      checks: { store: () => (storeUp ? undefined : Promise.reject(new Error('postgres://u:pw@db down'))) },
    });
    const server = createServer((req, res) => {
      if (!routes(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const scraped = await fetch(`${base}/metrics`);
      expect(scraped.headers.get('content-type')).toContain('text/plain');
      const text = await scraped.text();
      expect(parse(text).get('altum_chat_commands_total{command="help",platform="slack",outcome="ok"}')).toBe(
        1,
      );
      expect(text).toContain('altum_chat_process_resident_memory_bytes');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      storeUp = false;
      const down = await fetch(`${base}/readyz`);
      expect(down.status).toBe(503);
      const body = await down.text();
      expect(JSON.parse(body)).toEqual({ ready: false, checks: { store: false } });
      expect(body).not.toContain('pw@');
      expect((await fetch(`${base}/other`)).status).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
