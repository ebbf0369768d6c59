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
import { cacheKeyFromJson } from './cache-key.ts';
import { createCoalescer } from './coalesce.ts';
import { type Fetched, fetchOnce, isFetched } from './fetch-once.ts';
import { createMemoryCache } from './memory-cache.ts';
import { resolveRetryPolicy } from './retry-policy.ts';
import { toSafeError } from './safe-error.ts';
import { createTransport } from './transport.ts';
import { validateInput } from './validate-input.ts';

/** Altum's production API (https://docs.altum.ai); the sandbox is the same with `/sandbox` appended. */
export const DEFAULT_BASE_URL = 'https://api.altum.ai';
/** Per-attempt deadline: sustainability calls can take seconds, and chat replies are sent later anyway. */
export const DEFAULT_TIMEOUT_MS = 20_000;

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
  const events = options.events;
  const cache: ResponseCache | undefined =
    options.cache === false ? undefined : (options.cache ?? createMemoryCache());
  const transport = createTransport({
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
  });
  const coalescer = createCoalescer<Fetched>();
  const exchange = { transport, policy, baseUrl };

  async function callWithMeta<Id extends OperationId>(
    id: Id,
    rawInput: InputOf<Id>,
    callOptions: CallOptions,
  ): Promise<CallResult<Id>> {
    const started = performance.now();
    const { apiKey, signal } = callOptions;
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
      // One serialisation serves as both the key's input part and the POST body.
      const inputJson = JSON.stringify(input);
      const key = cacheKeyFromJson(operation.id, apiKey, inputJson);
      const cacheable = cache !== undefined && operation.cacheTtlMs > 0;
      if (cacheable && callOptions.cache !== false) {
        // A broken shared cache must not break calls: treat it as a miss.
        const hit = await cache.get(key).catch(() => undefined);
        if (isFetched(hit))
          return finish(
            id,
            hit,
            { cacheHit: true, coalesced: false, credits: 0, attempts: 0 },
            started,
            callOptions.reference,
          );
      }
      if (signal?.aborted) throw abortedError(id);
      const { joined, result } = coalescer.run(
        key,
        cacheable
          ? async (shared) => {
              const fetched = await fetchOnce(
                exchange,
                operation,
                rawInput,
                input,
                apiKey,
                shared,
                inputJson,
              );
              await cache.set(key, fetched, operation.cacheTtlMs).catch(() => undefined);
              return fetched;
            }
          : // Nothing to store: no extra async frame per call (bench/README.md, client overhead).
            (shared) => fetchOnce(exchange, operation, rawInput, input, apiKey, shared, inputJson),
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
        callOptions.reference,
      );
    } catch (error) {
      const safe = toSafeError(error, id, [apiKey]);
      const durationMs = Math.round(performance.now() - started);
      events?.emit('callFinished', {
        operation: id,
        requested: id,
        outcome: safe.kind,
        status: safe.status,
        durationMs,
        cached: false,
        coalesced: false,
        credits: 0,
        reference: callOptions.reference,
      });
      logger.info(
        {
          ...(callOptions.reference === undefined ? {} : { ref: callOptions.reference }),
          operationId: id,
          kind: safe.kind,
          status: safe.status,
          durationMs,
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
    reference: string | undefined,
  ): CallResult<Id> {
    const meta: CallMeta<Id> = {
      operationId: fetched.operationId as OperationId,
      status: fetched.status,
      durationMs: Math.round(performance.now() - started),
      ...how,
    };
    events?.emit('callFinished', {
      operation: meta.operationId,
      requested: id,
      outcome: 'ok',
      status: meta.status,
      durationMs: meta.durationMs,
      cached: meta.cacheHit,
      coalesced: meta.coalesced,
      credits: meta.credits,
      reference,
    });
    // The silent default drops the line anyway; skip building it on every call.
    if (logger === silentLogger) return { data: fetched.data as CallResult<Id>['data'], meta };
    logger.debug(
      {
        ...(reference === undefined ? {} : { ref: reference }),
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

  /** The cached exchange for this key, operation and input, if any; never sends, never throws. */
  async function cachedFetched(
    id: OperationId,
    rawInput: unknown,
    apiKey: string,
  ): Promise<Fetched | undefined> {
    const operation = getOperation(id);
    if (!operation || cache === undefined || operation.cacheTtlMs <= 0) return undefined;
    try {
      const key = cacheKeyFromJson(operation.id, apiKey, JSON.stringify(validateInput(operation, rawInput)));
      const hit = await cache.get(key);
      return isFetched(hit) ? hit : undefined;
    } catch {
      // Invalid input (the real call reports it) or a broken cache: simply not cached.
      return undefined;
    }
  }

  async function peek<Id extends OperationId>(
    id: Id,
    rawInput: InputOf<Id>,
    peekOptions: Pick<CallOptions, 'apiKey' | 'reference'>,
  ): Promise<CallResult<Id> | undefined> {
    const started = performance.now();
    const hit = await cachedFetched(id, rawInput, peekOptions.apiKey);
    if (hit === undefined) return undefined;
    const how = { cacheHit: true, coalesced: false, credits: 0, attempts: 0 };
    return finish(id, hit, how, started, peekOptions.reference);
  }

  async function isCached<Id extends OperationId>(
    id: Id,
    rawInput: InputOf<Id>,
    { apiKey }: Pick<CallOptions, 'apiKey'>,
  ): Promise<boolean> {
    return (await cachedFetched(id, rawInput, apiKey)) !== undefined;
  }

  const close = (): Promise<void> => transport.close();
  return {
    callWithMeta,
    isCached,
    peek,
    async call(id, input, callOptions) {
      return (await callWithMeta(id, input, callOptions)).data;
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
