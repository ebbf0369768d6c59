import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A response_url stand-in that timestamps each post on arrival (performance.now()), per path. */
export interface TimedSink {
  url(name: string): string;
  /** Arrival times of final replies (not `delete_original` clean-ups) per name. */
  arrivals(name: string): readonly number[];
  /** Raw bodies of the final replies per name, in arrival order. */
  bodies(name: string): readonly string[];
  finalCount(): number;
  /** Resolves when `count` final replies have arrived or `timeoutMs` passed. */
  waitFor(count: number, timeoutMs: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

export async function startTimedSink(): Promise<TimedSink> {
  let arrivals = new Map<string, number[]>();
  let bodies = new Map<string, string[]>();
  let total = 0;
  let waiter: { count: number; resolve: () => void } | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.now();
      const raw = Buffer.concat(chunks).toString('utf8');
      if (!raw.includes('"delete_original":true')) {
        const name = decodeURIComponent((req.url ?? '').replace(/^\/hooks\//, ''));
        arrivals.set(name, [...(arrivals.get(name) ?? []), at]);
        bodies.set(name, [...(bodies.get(name) ?? []), raw]);
        total += 1;
        if (waiter && total >= waiter.count) waiter.resolve();
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/hooks/${encodeURIComponent(name)}`,
    arrivals: (name) => arrivals.get(name) ?? [],
    bodies: (name) => bodies.get(name) ?? [],
    finalCount: () => total,
    waitFor: (count, timeoutMs) =>
      new Promise<void>((resolve) => {
        if (total >= count) return resolve();
        const timer = setTimeout(resolve, timeoutMs);
        waiter = {
          count,
          resolve: () => {
            clearTimeout(timer);
            waiter = undefined;
            resolve();
          },
        };
      }),
    reset: () => {
      arrivals = new Map();
      bodies = new Map();
      total = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
