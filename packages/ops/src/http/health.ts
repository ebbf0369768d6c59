import type { IncomingMessage, ServerResponse } from 'node:http';

/** A readiness check passes unless it throws, rejects, returns `false` or takes longer than the timeout. */
export type ReadinessCheck = () => unknown;

export interface HealthOptions {
  /** Named checks for /readyz, e.g. `{ store: () => store.settings.get(…), config: () => true }`. */
  readonly checks?: Readonly<Record<string, ReadinessCheck>>;
  /** True while shutting down: /readyz answers 503 so load balancers stop sending traffic. */
  readonly draining?: () => boolean;
  /** Per-check time limit (default 2 s). */
  readonly timeoutMs?: number;
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(check)
        .then((result) => result !== false),
      timeout,
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** GET /healthz: the process is up and its event loop turns (liveness; no dependencies checked). */
export function handleHealthz(_req: IncomingMessage, res: ServerResponse): void {
  json(res, 200, { ok: true });
}

/**
 * GET /readyz handler: 200 when every check passes, else 503 with which failed (names only: a check's
 * error could carry a connection string).
 */
export function createReadyzHandler(options: HealthOptions = {}) {
  const checks = Object.entries(options.checks ?? {});
  const timeoutMs = options.timeoutMs ?? 2_000;
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (options.draining?.()) return json(res, 503, { ready: false, draining: true });
    const results = await Promise.all(
      checks.map(async ([name, check]) => [name, await runCheck(check, timeoutMs)]),
    );
    const report = Object.fromEntries(results) as Record<string, boolean>;
    const ready = Object.values(report).every(Boolean);
    json(res, ready ? 200 : 503, { ready, checks: report });
  };
}
