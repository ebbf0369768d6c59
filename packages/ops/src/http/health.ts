import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A readiness check passes unless it throws, rejects, returns `false` or `{ ready: false, reason }`, or
 * takes longer than the timeout. Only an explicit `reason` reaches the body (it must hold no secret).
 */
export type ReadinessCheck = () => unknown;

interface CheckResult {
  readonly ok: boolean;
  readonly reason?: string;
}

function isNotReady(value: unknown): value is { ready: false; reason: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { ready?: unknown }).ready === false &&
    typeof (value as { reason?: unknown }).reason === 'string'
  );
}

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

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timed out' }), timeoutMs);
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(check)
        .then((result) =>
          isNotReady(result) ? { ok: false, reason: result.reason } : { ok: result !== false },
        ),
      timeout,
    ]);
  } catch {
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}

/** GET /healthz: the process is up and its event loop turns (liveness; no dependencies checked). */
export function handleHealthz(_req: IncomingMessage, res: ServerResponse): void {
  json(res, 200, { ok: true });
}

/**
 * GET /readyz handler: 200 when every check passes, else 503 with which failed, and the reasons checks
 * gave explicitly (never a thrown error's text: it could carry a connection string).
 */
export function createReadyzHandler(options: HealthOptions = {}) {
  const checks = Object.entries(options.checks ?? {});
  const timeoutMs = options.timeoutMs ?? 2_000;
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (options.draining?.()) return json(res, 503, { ready: false, draining: true });
    const results = await Promise.all(
      checks.map(async ([name, check]) => [name, await runCheck(check, timeoutMs)]),
    );
    const report: Record<string, boolean> = {};
    const reasons: Record<string, string> = {};
    for (const [name, result] of results as [string, CheckResult][]) {
      report[name] = result.ok;
      if (!result.ok && result.reason !== undefined) reasons[name] = result.reason;
    }
    const ready = Object.values(report).every(Boolean);
    json(res, ready ? 200 : 503, {
      ready,
      checks: report,
      ...(Object.keys(reasons).length > 0 ? { reasons } : {}),
    });
  };
}
