import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OperationDefinition } from '@altum-chat/core';
import { fixtures } from '../fixtures/index.ts';
import { buildResponseBody } from './build-response.ts';
import { documentedAnswer } from './documented-scenarios.ts';
import { dripBody, type FaultQueue, type TimerSet } from './faults.ts';
import { sendJson } from './respond.ts';
import type { RouteMatch } from './routes.ts';
import {
  ADDRESS_NOT_FOUND_MESSAGE,
  APARTMENT_DETAIL,
  defaultBodyFor,
  FAKE_ADDRESSES,
  NO_ACCESS_MESSAGE,
  sameAddress,
} from './scenarios.ts';
import type { FaultSpec, KeyStatus, RecordedRequest } from './types.ts';
import { jsonDecodeError, requestedAddress, validateRequest } from './validate-request.ts';

export interface HandlerContext {
  readonly route: (method: string, path: string) => RouteMatch | undefined;
  readonly faults: FaultQueue;
  readonly timers: TimerSet;
  readonly record: (request: RecordedRequest) => void;
  readonly keyStatusOf: (key: string | undefined) => KeyStatus;
  readonly latencyMs: number;
  readonly now: () => Date;
}

const MISSING_TOKEN = { message: 'Missing Authentication Token' };

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The OpenAPI specs are public on the real API, so the fake does not ask for a key there. */
function needsKey(operation: OperationDefinition): boolean {
  return !operation.path.endsWith('/openapi');
}

/** Plays one request through: record → fault → auth → validation → scenario → fixture. */
export async function handleRequest(
  ctx: HandlerContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const text = await readBody(req);
  const url = new URL(req.url ?? '/', 'http://fake');
  const method = req.method ?? 'GET';
  // The sandbox serves the same paths under /sandbox (docs.altum.ai sandbox page).
  const match = ctx.route(method, url.pathname.replace(/^\/sandbox(?=\/)/, ''));
  const rawKey = req.headers['x-api-key'];
  const key = Array.isArray(rawKey) ? rawKey[0] : rawKey;
  const keyStatus = ctx.keyStatusOf(key);
  const query = Object.fromEntries(url.searchParams);
  const json = method === 'GET' || text === '' ? undefined : parseJson(text);
  ctx.record({
    method,
    path: url.pathname,
    query,
    body: json?.ok ? json.value : undefined,
    keyStatus,
    keyValid: keyStatus !== 'missing' && keyStatus !== 'unknown',
    keyHash: key === undefined ? undefined : createHash('sha256').update(key).digest('hex'),
    operationId: match?.operation.id,
    contentType: req.headers['content-type'],
  });

  const fault = ctx.faults.take(match?.operation.id);
  await ctx.timers.sleep(ctx.latencyMs + (fault?.latencyMs ?? 0));
  if (fault && applyFault(fault, req, res)) return;
  const send = (status: number, body: unknown): Promise<void> | void =>
    fault?.slowBodyMs === undefined
      ? sendJson(res, status, body)
      : dripBody(res, status, JSON.stringify(body), fault.slowBodyMs, ctx.timers);

  if (!match) return send(403, MISSING_TOKEN);
  const { operation, params } = match;
  if (needsKey(operation)) {
    if (keyStatus === 'missing' || keyStatus === 'unknown') return send(403, MISSING_TOKEN);
    if (keyStatus === 'no-access') return send(401, { Output: NO_ACCESS_MESSAGE });
    if (keyStatus === 'no-credit-feature' && operation.id === 'credit')
      return send(403, { message: 'Forbidden' });
  }

  let raw: unknown = { ...query, ...params };
  if (method !== 'GET') {
    if (json && !json.ok) return send(422, jsonDecodeError(text));
    const body = json?.ok ? json.value : {};
    raw = body !== null && typeof body === 'object' && !Array.isArray(body) ? { ...body, ...params } : body;
  }
  const validated = validateRequest(operation, raw, method === 'GET' ? 'query' : 'body');
  if (!validated.ok) return send(422, validated.body);

  const fixture = fixtures.get(operation.id);
  const address = requestedAddress(operation, validated.input);
  if (address && sameAddress(address, FAKE_ADDRESSES.apartment) && operation.apartmentFallback) {
    return send(301, { detail: APARTMENT_DETAIL });
  }
  const documented = documentedAnswer(operation, validated.input, address);
  if (documented) return send(documented.status, documented.body);
  if (address && sameAddress(address, FAKE_ADDRESSES.notFound) && (fixture?.addressLookup ?? true)) {
    return send(400, { Output: ADDRESS_NOT_FOUND_MESSAGE });
  }
  if (!fixture) return send(501, { message: `fake-altum has no fixture for ${operation.id} yet` });
  return send(200, buildResponseBody(operation, fixture, validated.input, address, ctx.now()));
}

/** Applies the parts of a fault that replace the normal answer; returns whether it answered. */
function applyFault(fault: FaultSpec, req: IncomingMessage, res: ServerResponse): boolean {
  if (fault.hang) return true;
  if (fault.reset) {
    req.socket.destroy();
    return true;
  }
  if (fault.malformedJson) {
    sendJson(res, fault.status ?? 200, '{"Output": {"PriceEstimation": "3550');
    return true;
  }
  if (fault.status === undefined && fault.body === undefined) return false;
  const status = fault.status ?? 200;
  const headers: Record<string, string> =
    fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
  sendJson(res, status, fault.body ?? defaultBodyFor(status), headers);
  return true;
}
