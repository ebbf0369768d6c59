import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/create-logger.ts';
import { createMemoryDestination } from '../logging/memory-destination.ts';
import { createSecretRegistry } from '../logging/secrets.ts';
import { createGracefulShutdown } from './graceful-shutdown.ts';

const logger = () =>
  createLogger({ destination: createMemoryDestination(), secrets: createSecretRegistry() });

/** A GET over a fresh connection; resolves with status + body or rejects with the socket error code. */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('createGracefulShutdown', () => {
  it('finishes accepted requests and tracked work, refuses new connections, then closes resources in order', async () => {
    const shutdown = createGracefulShutdown({ logger: logger(), deadlineMs: 5_000 });
    const release = deferred();
    const replies: string[] = [];
    let received = 0;
    const allReceived = deferred();
    const server = createServer((req, res) => {
      received += 1;
      if (received === 5) allReceived.resolve();
      // Like the Slack app: answer later, and do follow-up work after the answer (the final reply).
      void shutdown.track(
        release.promise.then(async () => {
          res.end(`done ${req.url}`);
          await new Promise((r) => setTimeout(r, 10));
          replies.push(req.url ?? '');
        }),
      );
    });
    shutdown.addServer(server);
    const closed: string[] = [];
    shutdown.addResource('client', () => {
      closed.push(`client after ${replies.length} replies`);
    });
    shutdown.addResource('store', async () => {
      closed.push('store');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const pending = [1, 2, 3, 4, 5].map((n) => get(port, `/r${n}`));
    await allReceived.promise;
    const done = shutdown.shutdown('SIGTERM');
    expect(shutdown.shutdown('again')).toBe(done);
    expect(shutdown.draining).toBe(true);
    await expect(get(port, '/late')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    release.resolve();

    const answers = await Promise.all(pending);
    expect(answers.map((a) => a.body)).toEqual(['/r1', '/r2', '/r3', '/r4', '/r5'].map((p) => `done ${p}`));
    const report = await done;
    expect(report).toMatchObject({ reason: 'SIGTERM', drained: true, abandoned: 0, failedResources: [] });
    expect(replies).toHaveLength(5);
    expect(closed).toEqual(['client after 5 replies', 'store']);
    expect(server.listening).toBe(false);
  });

  it('gives up on work past the deadline, still closes everything, and reports what it abandoned', async () => {
    const shutdown = createGracefulShutdown({ logger: logger(), deadlineMs: 50, resourceTimeoutMs: 50 });
    void shutdown.track(new Promise(() => {}));
    const closed: string[] = [];
    shutdown.addResource('hangs', () => new Promise(() => {}));
    shutdown.addResource('fails', () => {
      throw new Error('nope');
    });
    shutdown.addResource('store', () => {
      closed.push('store');
    });
    const report = await shutdown.shutdown();
    expect(report).toMatchObject({ drained: false, abandoned: 1, failedResources: ['hangs', 'fails'] });
    expect(closed).toEqual(['store']);
  });

  it('waits for work tracked while draining', async () => {
    const shutdown = createGracefulShutdown({ logger: logger(), deadlineMs: 2_000 });
    const order: string[] = [];
    void shutdown.track(
      new Promise<void>((resolve) =>
        setTimeout(() => {
          void shutdown.track(
            new Promise<void>((r) => setTimeout(r, 20)).then(() => order.push('late work')),
          );
          resolve();
        }, 10),
      ),
    );
    shutdown.addResource('store', () => {
      order.push('store');
    });
    expect((await shutdown.shutdown()).drained).toBe(true);
    expect(order).toEqual(['late work', 'store']);
  });
});
