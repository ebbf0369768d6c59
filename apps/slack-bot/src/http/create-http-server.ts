import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '@altum-chat/core';
import { type OpsRoutes, type ServerTimeouts, serverOptions } from '@altum-chat/ops';
import type { ChartSigner } from '../charts/chart-id.ts';
import type { ChartStore } from '../charts/chart-store.ts';
import { checkSlackBody } from './check-slack-body.ts';
import { BodyTooLargeError, readRawBody } from './read-raw-body.ts';
import { isBareSslCheck, isSignedBySlack } from './verify-slack-request.ts';

export const EVENTS_PATH = '/slack/events';

export interface HttpServerDeps {
  /** Undefined in Socket Mode without a signing secret: POST /slack/events is then 404. */
  readonly signingSecret: string | undefined;
  /**
   * Bolt's HTTPReceiver listener: events (which it verifies again), OAuth install and redirect.
   * Absent in Socket Mode, where events arrive over the WebSocket and this server only serves health and charts.
   */
  readonly boltListener?: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  readonly charts: { readonly signer: ChartSigner; readonly store: ChartStore };
  readonly logger: Logger;
  readonly now?: () => number;
  /** GET /healthz, /readyz and /metrics (`@altum-chat/ops`), tried before anything else. */
  readonly opsRoutes: OpsRoutes;
  /** Request, headers and keep-alive limits (defaults in `serverOptions`); tests shorten them. */
  readonly timeouts?: ServerTimeouts;
}

const send = (res: ServerResponse, status: number, body = '', type = 'text/plain; charset=utf-8'): void => {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
};

/**
 * 413 with `Connection: close`, then drop the connection once the answer is out: the rest of the
 * body is never read, and the client sees a status instead of a silent reset.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.once('finish', () => req.destroy());
  res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
  res.end('request body too large');
}

async function serveChart(deps: HttpServerDeps, id: string, res: ServerResponse): Promise<void> {
  const hash = deps.charts.signer.verify(id, deps.now?.());
  const png = hash === undefined ? undefined : await deps.charts.store.get(hash);
  if (!png) return send(res, 404, 'not found');
  res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400, immutable' });
  res.end(png);
}

/**
 * Verifies the signature on the raw bytes before Bolt sees a request, so a request that fails never
 * reaches a listener, and a bare SSL check is answered without parsing anything else.
 */
async function handleEvents(deps: HttpServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Socket Mode: events come over the WebSocket, so nothing here may answer them.
  if (deps.signingSecret === undefined || deps.boltListener === undefined) return send(res, 404, 'not found');
  const raw = await readRawBody(req);
  if (isBareSslCheck(req.headers, raw)) return send(res, 200);
  if (!isSignedBySlack(deps.signingSecret, req.headers, raw, deps.now?.())) {
    deps.logger.warn({ path: EVENTS_PATH }, 'slack request rejected: bad or missing signature');
    return send(res, 401);
  }
  const verdict = checkSlackBody(req.headers, raw);
  if (verdict.kind === 'answer') {
    deps.logger.info(
      { path: EVENTS_PATH, status: verdict.status, reason: verdict.reason },
      'slack request answered before bolt',
    );
    return send(res, verdict.status);
  }
  // Bolt reuses an already-buffered body (`rawBody`) and still runs its own signature check on it.
  Object.assign(req, { rawBody: raw });
  deps.boltListener(req, res);
}

/** The app's HTTP server: ops routes, /slack/events, /charts/<id>.png and Bolt's OAuth routes. */
export function createHttpServer(deps: HttpServerDeps): Server {
  return createServer(serverOptions(deps.timeouts), (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const method = req.method ?? 'GET';
    const work = async (): Promise<void> => {
      // Ops routes answer only GET/HEAD on their own three paths, so they cannot shadow Slack's POSTs.
      if (deps.opsRoutes(req, res)) return;
      if (method === 'POST' && path === EVENTS_PATH && deps.boltListener) return handleEvents(deps, req, res);
      const chart = /^\/charts\/([^/]+)\.png$/.exec(path);
      if (method === 'GET' && chart) return serveChart(deps, chart[1] ?? '', res);
      try {
        if (!deps.boltListener) return send(res, 404, 'not found');
        deps.boltListener(req, res);
      } catch {
        // Bolt throws for paths it does not know (no OAuth configured, or an unknown URL).
        send(res, 404, 'not found');
      }
    };
    work().catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        deps.logger.warn({ path }, 'slack request refused: body over 1 MB');
        if (!res.headersSent) refuseTooLarge(req, res);
        return;
      }
      deps.logger.error(
        { path, error: error instanceof Error ? error.name : 'unknown' },
        'http request failed',
      );
      if (!res.headersSent) send(res, 500);
    });
  });
}
