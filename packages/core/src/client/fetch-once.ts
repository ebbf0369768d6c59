import type { RetryPolicy } from '../client-types.ts';
import { AltumError } from '../errors.ts';
import { getOperation } from '../operations/catalog.ts';
import type { OperationDefinition } from '../operations/define-operation.ts';
import type { AbortHandle } from './abort-handle.ts';
import { fallbackInput } from './apartment-fallback.ts';
import { buildRequest } from './build-request.ts';
import { sendWithRetry } from './send-with-retry.ts';
import type { Transport } from './transport.ts';

/** What one upstream exchange produced; also the cached value, so it stays plain JSON. */
export interface Fetched {
  readonly operationId: string;
  readonly status: number;
  readonly data: unknown;
  readonly attempts: number;
}

export function isFetched(value: unknown): value is Fetched {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Fetched).operationId === 'string' &&
    typeof (value as Fetched).status === 'number' &&
    'data' in value
  );
}

/** What sending needs that stays the same for the client's lifetime. */
export interface Exchange {
  readonly transport: Transport;
  readonly policy: RetryPolicy;
  readonly baseUrl: string;
}

/**
 * One upstream exchange with retries, following a 301 apartment answer to the apartments operation
 * once. `inputJson` is `JSON.stringify(input)` when the caller has it (see `buildRequest`).
 */
export async function fetchOnce(
  exchange: Exchange,
  operation: OperationDefinition,
  rawInput: unknown,
  input: Record<string, unknown>,
  apiKey: string,
  cancel: AbortHandle,
  inputJson?: string,
): Promise<Fetched> {
  const outgoing = buildRequest(operation, input, exchange.baseUrl, inputJson);
  const sent = await sendWithRetry(exchange.transport, operation, outgoing, apiKey, exchange.policy, cancel);
  if (sent.outcome.type === 'ok') {
    return {
      operationId: operation.id,
      status: sent.status,
      data: sent.outcome.data,
      attempts: sent.attempts,
    };
  }
  // 301 "Unable to check apartment": the same address on the apartments variant (docs: sustainability v2).
  const fallback =
    operation.apartmentFallback === undefined ? undefined : getOperation(operation.apartmentFallback);
  if (!fallback) throw new Error(`${operation.id}: apartment fallback is not a known operation`);
  const again = await sendWithRetry(
    exchange.transport,
    fallback,
    buildRequest(fallback, fallbackInput(operation, fallback, rawInput), exchange.baseUrl),
    apiKey,
    exchange.policy,
    cancel,
  );
  if (again.outcome.type !== 'ok') {
    throw new AltumError({
      kind: 'upstream',
      operationId: fallback.id,
      status: again.status,
      message: `${fallback.id}: Altum sent the apartment re-route twice. Try again later.`,
    });
  }
  return {
    operationId: fallback.id,
    status: again.status,
    data: again.outcome.data,
    attempts: sent.attempts + again.attempts,
  };
}
