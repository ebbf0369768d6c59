import { Agent, type Dispatcher, request } from 'undici';
import { AbortHandle } from './abort-handle.ts';
import type { OutgoingRequest } from './build-request.ts';
import { type Delivery, deliveryOf } from './delivery.ts';
import { DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLarge, readCappedText } from './response-limit.ts';

/** The raw answer: status, the one header we act on, and the body as text. */
export interface RawResponse {
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly text: string;
}

/**
 * Why no response arrived. `cause` is the raw error: callers must sanitise it before keeping it.
 * `delivery` says whether the request provably never left (see `delivery.ts`).
 */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  constructor(
    readonly reason: 'timeout' | 'aborted' | 'network',
    readonly rawCause: unknown,
    readonly delivery: Delivery = 'unknown',
  ) {
    super(`transport ${reason}`);
  }
}

/** Sends one request with the key of this call; knows nothing of operations or retries. */
export interface Transport {
  send(outgoing: OutgoingRequest, apiKey: string, cancel?: AbortHandle): Promise<RawResponse>;
  close(): Promise<void>;
}

/** Deadline and dispatcher; the client passes its options through. */
export interface TransportOptions {
  readonly timeoutMs: number;
  /** A caller-owned dispatcher (tests, MockAgent); otherwise the transport owns a keep-alive Agent. */
  readonly dispatcher?: Dispatcher;
}

/**
 * undici `request` over an explicit keep-alive Agent (never the global dispatcher). One deadline
 * covers connect, headers and body, and a caller's AbortSignal cancels the same request.
 */
export function createTransport(options: TransportOptions): Transport {
  const owned = options.dispatcher === undefined;
  const dispatcher =
    options.dispatcher ??
    // 256 sockets: at 64, a 500 ms Altum capped a busy bot at ~128 calls/s (bench/README.md).
    new Agent({ keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000, connections: 256 });

  async function send(outgoing: OutgoingRequest, apiKey: string, cancel: AbortHandle = new AbortHandle()) {
    if (cancel.aborted) throw new TransportFailure('aborted', cancel.reason, 'not_sent');
    // The deadline aborts the call's own handle rather than a per-attempt one: a timeout ends the
    // call (it is never retried), and one handle per request less was measurable in bench/.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      cancel.abort();
    }, options.timeoutMs);
    const headers: Record<string, string> = { accept: 'application/json', 'x-api-key': apiKey };
    if (outgoing.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await request(outgoing.url, {
        method: outgoing.method,
        headers,
        body: outgoing.body ?? null,
        signal: cancel,
        dispatcher,
      });
      const text = await readCappedText(
        response.body,
        response.headers['content-length'],
        outgoing.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      );
      const retryAfter = response.headers['retry-after'];
      return {
        status: response.statusCode,
        retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
        text,
      };
    } catch (error) {
      // A body over the cap did arrive: final, never a network error that would be retried.
      if (error instanceof ResponseTooLarge) throw error;
      if (timedOut) throw new TransportFailure('timeout', error);
      if (cancel.aborted) throw new TransportFailure('aborted', error);
      throw new TransportFailure('network', error, deliveryOf(error));
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    send,
    async close() {
      if (owned) await dispatcher.close();
    },
  };
}
