import type { ServerOptions } from 'node:http';

/** How long one client may hold a connection of ours; every field has a default. */
export interface ServerTimeouts {
  /** Whole request (headers and body) must arrive within this. Default 15 s: our bodies are small. */
  readonly requestTimeoutMs?: number;
  /** Headers must arrive within this. Default 10 s. */
  readonly headersTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this. Default 5 s. */
  readonly keepAliveTimeoutMs?: number;
  /** How often Node checks the two above (its default, 30 s, lets a trickle live that long). Default 1 s. */
  readonly checkIntervalMs?: number;
}

/**
 * `http.createServer` options that stop a slow client from holding a connection: a body trickled at
 * 1 byte/s is cut off with 408 once `requestTimeoutMs` has passed, as are headers that never finish.
 * Every HTTP server of the apps is made with these.
 * https://nodejs.org/api/http.html#serverrequesttimeout
 */
export function serverOptions(timeouts: ServerTimeouts = {}): ServerOptions {
  const requestTimeout = timeouts.requestTimeoutMs ?? 15_000;
  return {
    requestTimeout,
    // Node requires headersTimeout ≤ requestTimeout.
    headersTimeout: Math.min(timeouts.headersTimeoutMs ?? 10_000, requestTimeout),
    keepAliveTimeout: timeouts.keepAliveTimeoutMs ?? 5_000,
    connectionsCheckingInterval: timeouts.checkIntervalMs ?? 1_000,
  };
}
