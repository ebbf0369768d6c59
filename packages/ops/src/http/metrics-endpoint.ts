import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Metrics } from '../metrics/create-metrics.ts';

/**
 * Where GET /metrics is served (METRICS_PORT, METRICS_HOST, METRICS_TOKEN; README, operations). It
 * never answers unauthenticated on the app's public port: either on a listener of its own (`port`,
 * bound to `host`, 127.0.0.1 by default), or on the public port only with `Authorization: Bearer
 * <token>`. Neither set: not served.
 */
export interface MetricsPlacement {
  readonly port: number | undefined;
  readonly host: string;
  readonly token: string | undefined;
}

/** True when the request carries `Authorization: Bearer <token>` (compared in constant time). */
export function hasBearer(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Serves the metrics if the token (when there is one) matches; 401 otherwise, without saying more. */
export function serveMetrics(
  metrics: Metrics,
  token: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if (token !== undefined && !hasBearer(req, token)) {
    res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' }).end('unauthorized');
    return;
  }
  metrics.handle(req, res);
}

/** What the public port's ops routes get: the metrics behind the token, or nothing when they live elsewhere or nowhere. */
export function publicMetrics(
  metrics: Metrics,
  placement: MetricsPlacement,
): { readonly metrics?: Metrics; readonly metricsToken?: string } {
  return placement.port === undefined && placement.token !== undefined
    ? { metrics, metricsToken: placement.token }
    : {};
}

/** A listener serving only GET /metrics, for `placement.port`; undefined when there is none. Call `listen` yourself. */
export function createMetricsServer(metrics: Metrics, placement: MetricsPlacement): Server | undefined {
  if (placement.port === undefined) return undefined;
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if ((req.method === 'GET' || req.method === 'HEAD') && path === '/metrics')
      return serveMetrics(metrics, placement.token, req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
}

/** Starts the metrics listener (if placed on a port of its own); resolves with it and its bound port. */
export async function startMetricsServer(
  metrics: Metrics,
  placement: MetricsPlacement,
): Promise<{ readonly server: Server; readonly port: number } | undefined> {
  const server = createMetricsServer(metrics, placement);
  if (!server) return undefined;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(placement.port, placement.host, () => resolve());
  });
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : (placement.port ?? 0) };
}
