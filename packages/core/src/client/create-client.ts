import type {
  AltumClient,
  AltumClientOptions,
  CallMeta,
  CallOptions,
  CallResult,
  ResponseCache,
} from '../client-types.ts';
import { AltumError } from '../errors.ts';
import { type Logger, silentLogger } from '../logger.ts';
import type { InputOf, OperationId } from '../operations/catalog.ts';
import { getOperation } from '../operations/catalog.ts';
import type { OperationDefinition } from '../operations/define-operation.ts';
import type { AbortHandle } from './abort-handle.ts';
import { fallbackInput } from './apartment-fallback.ts';
import { buildRequest } from './build-request.ts';
import { cacheKey } from './cache-key.ts';
import { createCoalescer } from './coalesce.ts';
import { createMemoryCache } from './memory-cache.ts';
import { resolveRetryPolicy } from './retry-policy.ts';
import { toSafeError } from './safe-error.ts';
import { sendWithRetry } from './send-with-retry.ts';
import { createTransport } from './transport.ts';
import { validateInput } from './validate-input.ts';

export const DEFAULT_BASE_URL = 'https://api.altum.ai';
export const DEFAULT_TIMEOUT_MS = 20_000;

/** What one upstream exchange produced; also the cached value, so it stays plain JSON. */
interface Fetched {
  readonly operationId: string;
  readonly status: number;
  readonly data: unknown;
  readonly attempts: number;
}

function isFetched(value: unknown): value is Fetched {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Fetched).operationId === 'string' &&
    typeof (value as Fetched).status === 'number' &&
    'data' in value
  );
}

function abortedError(operationId: string): AltumError {
  return new AltumError({
    kind: 'aborted',
    operationId,
    message: `${operationId}: the call was cancelled before Altum answered.`,
  });
}

/**
 * The typed Altum client: validates input, serves from cache or joins an identical in-flight call,
 * otherwise sends with the key of this call, retries per policy and parses the output tolerantly.
 * https://docs.altum.ai
 */
export function createAltumClient(options: AltumClientOptions = {}): AltumClient & AsyncDisposable {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const policy = resolveRetryPolicy(options.retry);
  const logger: Logger = options.logger ?? silentLogger;
  const cache: ResponseCache | undefined =
    options.cache === false ? undefined : (options.cache ?? createMemoryCache());
  const transport = createTransport({
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
  });
  const coalescer = createCoalescer<Fetched>();

  async function fetchOnce(
    operation: OperationDefinition,
    rawInput: unknown,
    input: Record<string, unknown>,
    apiKey: string,
    cancel: AbortHandle,
  ): Promise<Fetched> {
    const outgoing = buildRequest(operation, input, baseUrl);
    const sent = await sendWithRetry(transport, operation, outgoing, apiKey, policy, cancel);
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
      transport,
      fallback,
      buildRequest(fallback, fallbackInput(operation, fallback, rawInput), baseUrl),
      apiKey,
      policy,
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

  async function callWithMeta<Id extends OperationId>(
    id: Id,
    rawInput: InputOf<Id>,
    callOptions: CallOptions,
  ): Promise<CallResult<Id>> {
    const started = performance.now();
    const { apiKey, signal } = callOptions;
    const secrets = [apiKey];
    const operation = getOperation(id);
    try {
      if (!operation)
        throw new AltumError({
          kind: 'validation',
          operationId: id,
          message: `${id} is not an Altum operation this client knows.`,
          beforeSend: true,
        });
      const input = validateInput(operation, rawInput);
      if (signal?.aborted) throw abortedError(id);
      const key = cacheKey(operation.id, apiKey, input);
      const cacheable = cache !== undefined && operation.cacheTtlMs > 0;
      if (cacheable && callOptions.cache !== false) {
        const hit = await cache.get(key);
        if (isFetched(hit))
          return finish(id, hit, { cacheHit: true, coalesced: false, credits: 0, attempts: 0 }, started);
      }
      if (signal?.aborted) throw abortedError(id);
      const { joined, result } = coalescer.run(
        key,
        async (shared) => {
          const fetched = await fetchOnce(operation, rawInput, input, apiKey, shared);
          if (cacheable) await cache.set(key, fetched, operation.cacheTtlMs).catch(() => undefined);
          return fetched;
        },
        signal,
        () => abortedError(id),
      );
      const fetched = await result;
      const credits = joined ? 0 : (getOperation(fetched.operationId)?.credits ?? operation.credits);
      return finish(
        id,
        fetched,
        { cacheHit: false, coalesced: joined, credits, attempts: joined ? 0 : fetched.attempts },
        started,
      );
    } catch (error) {
      const safe = toSafeError(error, id, secrets);
      logger.info(
        {
          operationId: id,
          kind: safe.kind,
          status: safe.status,
          durationMs: Math.round(performance.now() - started),
        },
        'altum call failed',
      );
      throw safe;
    }
  }

  function finish<Id extends OperationId>(
    id: Id,
    fetched: Fetched,
    how: Pick<CallMeta, 'cacheHit' | 'coalesced' | 'credits' | 'attempts'>,
    started: number,
  ): CallResult<Id> {
    const meta: CallMeta<Id> = {
      operationId: fetched.operationId as OperationId,
      status: fetched.status,
      durationMs: Math.round(performance.now() - started),
      ...how,
    };
    logger.debug(
      {
        operationId: id,
        answeredBy: meta.operationId,
        status: meta.status,
        durationMs: meta.durationMs,
        attempts: meta.attempts,
        cacheHit: meta.cacheHit,
        coalesced: meta.coalesced,
      },
      'altum call',
    );
    return { data: fetched.data as CallResult<Id>['data'], meta };
  }

  const close = (): Promise<void> => transport.close();
  return {
    callWithMeta,
    async call(id, input, callOptions) {
      return (await callWithMeta(id, input, callOptions)).data;
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
