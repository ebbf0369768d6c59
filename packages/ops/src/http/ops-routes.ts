import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Metrics } from '../metrics/create-metrics.ts';
import { createReadyzHandler, type HealthOptions, handleHealthz } from './health.ts';
import { serveMetrics } from './metrics-endpoint.ts';
import { type ServerTimeouts, serverOptions } from './server-timeouts.ts';

export interface OpsRoutesOptions extends HealthOptions {
  /** Served at GET /metrics; leave out to not serve metrics here (see `publicMetrics`). */
  readonly metrics?: Metrics;
  /** With it, /metrics answers only `Authorization: Bearer <token>` (401 otherwise). */
  readonly metricsToken?: string;
}

/** Handles GET /healthz, /readyz and /metrics; returns false for any other request so the app can route it. */
export type OpsRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The operational endpoints as one router an app mounts in front of its own:
 * `if (ops(req, res)) return;` at the top of its request listener.
 */
export function createOpsRoutes(options: OpsRoutesOptions = {}): OpsRoutes {
  const readyz = createReadyzHandler(options);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') {
      handleHealthz(req, res);
      return true;
    }
    if (path === '/readyz') {
      readyz(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(503).end();
      });
      return true;
    }
    if (path === '/metrics' && options.metrics) {
      serveMetrics(options.metrics, options.metricsToken, req, res);
      return true;
    }
    return false;
  };
}

/**
 * A server with only the ops endpoints, for processes that have no HTTP server of their own
 * (Slack Socket Mode, the Discord gateway bot). Call `listen(port)` on it.
 */
export function createOpsServer(options: OpsRoutesOptions = {}, timeouts?: ServerTimeouts): Server {
  const routes = createOpsRoutes(options);
  return createServer(serverOptions(timeouts), (req, res) => {
    if (!routes(req, res)) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
}
