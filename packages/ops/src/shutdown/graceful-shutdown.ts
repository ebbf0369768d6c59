import type { Server } from 'node:http';

/** The logging this helper needs (pino and core's Logger satisfy it). */
interface ShutdownLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ShutdownReport {
  readonly reason: string;
  /** Whether all tracked work and requests finished before the deadline. */
  readonly drained: boolean;
  /** Tracked promises and HTTP requests still running at the deadline. */
  readonly abandoned: number;
  /** Resources whose close failed (names only). */
  readonly failedResources: readonly string[];
  readonly durationMs: number;
}

export interface GracefulShutdownOptions {
  readonly logger: ShutdownLogger;
  /** How long to wait for in-flight work before closing anyway (default 10 s; Kubernetes allows 30). */
  readonly deadlineMs?: number;
  /** Per-resource close limit (default 5 s). */
  readonly resourceTimeoutMs?: number;
}

export interface GracefulShutdown {
  /** Registers work (e.g. a command answered after the ack) that shutdown waits for; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Stops this server accepting on shutdown and waits for its in-flight requests. */
  addServer(server: Server): void;
  /** Closed after in-flight work, in the order added (e.g. the Altum client, then the store). */
  addResource(name: string, close: () => Promise<void> | void): void;
  readonly draining: boolean;
  /** Tracked promises plus open HTTP requests. */
  inFlight(): number;
  /** Starts (or returns the already running) shutdown. */
  shutdown(reason?: string): Promise<ShutdownReport>;
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

function withTimeout(work: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([work.then(() => true), sleep(ms).then(() => false)]);
}

/**
 * Stop accepting → finish what was accepted (up to a deadline) → close resources in order.
 * Idempotent: a second SIGTERM or call gets the same promise.
 */
export function createGracefulShutdown(options: GracefulShutdownOptions): GracefulShutdown {
  const { logger } = options;
  const deadlineMs = options.deadlineMs ?? 10_000;
  const resourceTimeoutMs = options.resourceTimeoutMs ?? 5_000;
  const work = new Set<Promise<unknown>>();
  const servers: Server[] = [];
  const openRequests = new Map<Server, number>();
  const resources: { name: string; close: () => Promise<void> | void }[] = [];
  let draining = false;
  let running: Promise<ShutdownReport> | undefined;

  const inFlight = () => work.size + [...openRequests.values()].reduce((sum, n) => sum + n, 0);

  async function waitForWork(until: number): Promise<boolean> {
    while (inFlight() > 0) {
      const left = until - Date.now();
      if (left <= 0) return false;
      // Work may be tracked while we wait (an accepted request starting its reply), so loop until empty.
      await Promise.race([Promise.allSettled([...work]), sleep(Math.min(left, 25))]);
    }
    return true;
  }

  async function run(reason: string): Promise<ShutdownReport> {
    const started = Date.now();
    draining = true;
    logger.info({ reason, inFlight: inFlight() }, 'shutdown: no longer accepting; draining in-flight work');
    const closed = servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        }),
    );
    const drained = await waitForWork(started + deadlineMs);
    const abandoned = inFlight();
    if (!drained) logger.warn({ abandoned, deadlineMs }, 'shutdown: deadline passed with work still running');
    for (const server of servers) server.closeAllConnections();
    await withTimeout(Promise.all(closed), resourceTimeoutMs);
    const failedResources: string[] = [];
    for (const resource of resources) {
      try {
        const ok = await withTimeout(Promise.resolve().then(resource.close), resourceTimeoutMs);
        if (!ok) throw new Error('timed out');
      } catch (error) {
        failedResources.push(resource.name);
        logger.error({ resource: resource.name, err: error }, 'shutdown: closing a resource failed');
      }
    }
    const report = { reason, drained, abandoned, failedResources, durationMs: Date.now() - started };
    logger.info(report, 'shutdown: complete');
    return report;
  }

  return {
    track(promise) {
      work.add(promise);
      const forget = () => work.delete(promise);
      promise.then(forget, forget);
      return promise;
    },
    addServer(server) {
      servers.push(server);
      openRequests.set(server, 0);
      server.on('request', (_req, res) => {
        openRequests.set(server, (openRequests.get(server) ?? 0) + 1);
        res.once('close', () => openRequests.set(server, (openRequests.get(server) ?? 1) - 1));
        // Keep-alive sockets would otherwise stay open after the last answer and hold close() back.
        if (draining && !res.headersSent) res.setHeader('connection', 'close');
      });
    },
    addResource(name, close) {
      resources.push({ name, close });
    },
    get draining() {
      return draining;
    },
    inFlight,
    shutdown(reason = 'requested') {
      running ??= run(reason);
      return running;
    },
  };
}

/**
 * Wires SIGTERM/SIGINT to `shutdown`, then exits with 0 (drained) or 1. A second signal exits at once.
 * Returns a function that removes the handlers (tests).
 */
export function onShutdownSignals(
  shutdown: GracefulShutdown,
  exit: (code: number) => void = (code) => process.exit(code),
  signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
): () => void {
  let received = false;
  const handler = (signal: NodeJS.Signals) => {
    if (received) return exit(1);
    received = true;
    shutdown.shutdown(signal).then(
      (report) => exit(report.drained && report.failedResources.length === 0 ? 0 : 1),
      () => exit(1),
    );
  };
  for (const signal of signals) process.on(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}
