import type { ResponseCache } from '@altum-chat/core';
import { CHART_TTL_MS } from './chart-id.ts';

/** Where rendered chart PNGs wait until Slack fetches them. */
export interface ChartStore {
  put(hash: string, png: Uint8Array): Promise<void>;
  get(hash: string): Promise<Uint8Array | undefined>;
}

/**
 * A bounded in-process store (oldest evicted first), optionally backed by the shared response cache
 * so any instance behind a load balancer can serve a chart another instance rendered. Without the
 * shared cache, charts live only in this process: with several instances, pass one.
 */
export function createChartStore(
  options: { readonly shared?: ResponseCache | undefined; readonly maxBytes?: number } = {},
): ChartStore {
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  const memory = new Map<string, Uint8Array>();
  let bytes = 0;
  const remember = (hash: string, png: Uint8Array): void => {
    if (memory.has(hash) || png.byteLength > maxBytes) return;
    memory.set(hash, png);
    bytes += png.byteLength;
    for (const [oldest, value] of memory) {
      if (bytes <= maxBytes) break;
      memory.delete(oldest);
      bytes -= value.byteLength;
    }
  };
  return {
    async put(hash, png) {
      remember(hash, png);
      await options.shared?.set(`slack-chart:${hash}`, Buffer.from(png).toString('base64'), CHART_TTL_MS);
    },
    async get(hash) {
      const local = memory.get(hash);
      if (local) return local;
      const shared = await options.shared?.get(`slack-chart:${hash}`);
      if (typeof shared !== 'string') return undefined;
      const png = new Uint8Array(Buffer.from(shared, 'base64'));
      remember(hash, png);
      return png;
    },
  };
}
