import type { RetryPolicy } from '../client-types.ts';
import { AltumError } from '../errors.ts';
import type { OperationDefinition } from '../operations/define-operation.ts';
import type { AbortHandle } from './abort-handle.ts';
import type { OutgoingRequest } from './build-request.ts';
import { type Classified, classifyResponse } from './classify-response.ts';
import { ResponseTooLarge, responseTooLargeError } from './response-limit.ts';
import { backoffDelay, isRetryableStatus } from './retry-policy.ts';
import { type Transport, TransportFailure } from './transport.ts';

/** A final answer that is not an error, with how many attempts it took. */
export interface Attempted {
  readonly outcome: Exclude<Classified, { type: 'error' }>;
  readonly status: number;
  readonly attempts: number;
}

/** Waits `ms`, or rejects at once when the call is cancelled. */
function sleep(ms: number, cancel: AbortHandle | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (cancel?.aborted) {
      reject(new TransportFailure('aborted', cancel.reason));
      return;
    }
    const detach = cancel?.onAbort(() => {
      clearTimeout(timer);
      reject(new TransportFailure('aborted', cancel.reason));
    });
    const timer = setTimeout(() => {
      detach?.();
      resolve();
    }, ms);
  });
}

function transportError(
  operation: OperationDefinition,
  label: string,
  failure: TransportFailure,
  attempts: number,
) {
  const op = `${operation.id} (${label})`;
  const network =
    failure.delivery === 'not_sent'
      ? `${op}: could not reach Altum (network error after ${attempts} attempt${attempts === 1 ? '' : 's'}). Check the connection and the base URL, then try again.`
      : `${op}: the connection broke after the request was sent, so Altum may or may not have charged it; not retried. Check the credits used before trying again.`;
  const messages = {
    timeout: `${op}: Altum did not answer in time. Try again; the address lookup may be slow right now.`,
    aborted: `${op}: the call was cancelled before Altum answered.`,
    network,
  } as const;
  // The raw cause is kept for now; the client sanitises every error before it leaves.
  return new AltumError({
    kind: failure.reason,
    operationId: operation.id,
    message: messages[failure.reason],
    delivery: failure.delivery,
    cause: failure.rawCause,
  });
}

/**
 * A network failure is retried only when no credit can be at stake: the request provably never
 * left (DNS, connect, TLS setup), or the operation is free. A reset after the request was written
 * may come after Altum charged it, and a second send could charge again.
 */
function mayRetryNetwork(operation: OperationDefinition, failure: TransportFailure): boolean {
  return failure.reason === 'network' && (failure.delivery === 'not_sent' || operation.credits === 0);
}

/**
 * Sends one operation with the retry policy: network errors that cannot have charged a credit (see
 * `mayRetryNetwork`) and 502/503/504 back off and retry, 429 waits for a short Retry-After,
 * everything else is final. Altum charges successful calls only (docs.altum.ai: "one successful
 * call = one credit"), so retrying an error status never pays twice.
 */
export async function sendWithRetry(
  transport: Transport,
  operation: OperationDefinition,
  outgoing: OutgoingRequest,
  apiKey: string,
  policy: RetryPolicy,
  cancel: AbortHandle | undefined,
): Promise<Attempted> {
  for (let attempt = 1; ; attempt += 1) {
    const last = attempt >= policy.attempts;
    let classified: Classified;
    let status: number;
    try {
      const raw = await transport.send(outgoing, apiKey, cancel);
      status = raw.status;
      classified = classifyResponse(operation, outgoing.label, raw);
    } catch (error) {
      if (error instanceof ResponseTooLarge) throw responseTooLargeError(operation.id, outgoing.label, error);
      if (!(error instanceof TransportFailure)) throw error;
      if (!mayRetryNetwork(operation, error) || last) {
        throw transportError(operation, outgoing.label, error, attempt);
      }
      await sleep(backoffDelay(attempt, policy), cancel).catch((abort: TransportFailure) => {
        throw transportError(operation, outgoing.label, abort, attempt);
      });
      continue;
    }
    if (classified.type !== 'error') return { outcome: classified, status, attempts: attempt };
    const { error } = classified;
    let delay: number | undefined;
    if (isRetryableStatus(status)) delay = backoffDelay(attempt, policy);
    if (status === 429 && error.retryAfterMs !== undefined && error.retryAfterMs <= policy.maxRetryAfterMs) {
      delay = error.retryAfterMs;
    }
    if (delay === undefined || last) throw error;
    await sleep(delay, cancel).catch((abort: TransportFailure) => {
      throw transportError(operation, outgoing.label, abort, attempt);
    });
  }
}
