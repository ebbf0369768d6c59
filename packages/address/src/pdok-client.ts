import type { ResponseCache } from '@altum-chat/core';
import { Agent, type Dispatcher, request } from 'undici';
import { readDocs } from './pdok-docs.ts';
import type { UnavailableReason } from './types.ts';

/** The public v3.1 service (no key): https://api.pdok.nl/bzk/locatieserver/search/v3_1/ui/ */
export const DEFAULT_PDOK_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1';

/**
 * BAG in Locatieserver is refreshed daily (PDOK dataset page), so a found address is kept a day;
 * "nothing found" only an hour, because a new address can appear in the next daily update.
 */
export const FOUND_TTL_MS = 24 * 60 * 60 * 1000;
export const EMPTY_TTL_MS = 60 * 60 * 1000;

/** Why a Locatieserver call gave no usable answer. */
export class PdokUnavailable extends Error {
  override readonly name = 'PdokUnavailable';
  constructor(
    readonly reason: Exclude<UnavailableReason, 'disabled'>,
    options?: { cause?: unknown; status?: number },
  ) {
    super(`PDOK Locatieserver ${reason}${options?.status ? ` (HTTP ${options.status})` : ''}`, {
      cause: options?.cause,
    });
  }
}

/** The query parameters we send; v3.1 refuses any parameter its OpenAPI document does not list. */
export interface PdokQuery {
  readonly q?: string;
  readonly fq?: readonly string[];
  readonly fl?: string;
  readonly rows?: number;
}

export interface PdokClientOptions {
  readonly baseUrl: string;
  /** One deadline for the whole call, retries included. */
  readonly timeoutMs: number;
  /** Extra attempts after a network error or a 429/5xx. */
  readonly retries: number;
  readonly cache: ResponseCache;
  readonly dispatcher?: Dispatcher;
}

export interface PdokClient {
  /** GET `/<endpoint>?…` → the answer's documents; throws `PdokUnavailable`. Cached and coalesced. */
  search(
    endpoint: 'free' | 'suggest',
    query: PdokQuery,
    signal?: AbortSignal,
  ): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** Solr syntax characters would make a free-text `q` a syntax error (HTTP 400); people never mean them. */
export function plainQuery(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isRetryable(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A small undici client for Locatieserver: its own keep-alive Agent (never the global dispatcher),
 * a deadline, a retry for transient failures, and answers kept in the given (shared) cache.
 */
export function createPdokClient(options: PdokClientOptions): PdokClient {
  const owned = options.dispatcher === undefined;
  const dispatcher = options.dispatcher ?? new Agent({ keepAliveTimeout: 10_000, connections: 32 });
  const base = options.baseUrl.replace(/\/+$/, '');
  const inFlight = new Map<string, Promise<Record<string, unknown>[]>>();

  function urlFor(endpoint: string, query: PdokQuery): string {
    const params = new URLSearchParams();
    if (query.q !== undefined) params.set('q', query.q);
    for (const filter of query.fq ?? []) params.append('fq', filter);
    if (query.fl !== undefined) params.set('fl', query.fl);
    if (query.rows !== undefined) params.set('rows', String(query.rows));
    return `${base}/${endpoint}?${params.toString()}`;
  }

  async function fetchDocs(url: string, signal?: AbortSignal): Promise<Record<string, unknown>[]> {
    const deadline = AbortSignal.timeout(options.timeoutMs);
    const combined = signal ? AbortSignal.any([deadline, signal]) : deadline;
    let lastStatus: number | undefined;
    for (let attempt = 0; attempt <= options.retries; attempt++) {
      if (attempt > 0) await sleep(100 * attempt);
      if (combined.aborted) break;
      try {
        const response = await request(url, {
          method: 'GET',
          headers: { accept: 'application/json' },
          signal: combined,
          dispatcher,
        });
        const body = await response.body.text();
        lastStatus = response.statusCode;
        if (response.statusCode === 200) {
          const docs = readDocs(safeJson(body));
          if (docs) return docs;
          throw new PdokUnavailable('upstream', { status: 200 });
        }
        // 400 means we sent something v3.1 refuses: retrying cannot help, and it is our bug.
        if (!isRetryable(response.statusCode)) break;
      } catch (error) {
        if (error instanceof PdokUnavailable) throw error;
        if (deadline.aborted) throw new PdokUnavailable('timeout', { cause: error });
        if (signal?.aborted) throw new PdokUnavailable('timeout', { cause: error });
        if (attempt === options.retries) throw new PdokUnavailable('network', { cause: error });
      }
    }
    if (deadline.aborted) throw new PdokUnavailable('timeout');
    throw new PdokUnavailable('upstream', lastStatus === undefined ? {} : { status: lastStatus });
  }

  return {
    async search(endpoint, query, signal) {
      const url = urlFor(endpoint, query);
      const key = `pdok:v3_1:${url.slice(base.length)}`;
      const cached = await options.cache.get(key).catch(() => undefined);
      if (Array.isArray(cached)) return cached as Record<string, unknown>[];
      const running = inFlight.get(key);
      if (running) return running;
      const work = fetchDocs(url, signal).then(async (docs) => {
        await options.cache.set(key, docs, docs.length > 0 ? FOUND_TTL_MS : EMPTY_TTL_MS).catch(() => {});
        return docs;
      });
      inFlight.set(key, work);
      try {
        return await work;
      } finally {
        inFlight.delete(key);
      }
    },
    async close() {
      if (owned) await dispatcher.close();
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
