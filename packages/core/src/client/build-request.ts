import type { OperationDefinition } from '../operations/define-operation.ts';
import { maxResponseBytes } from './response-limit.ts';

/** What goes on the wire for one call, minus headers (the transport adds the key). */
export interface OutgoingRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  /** The path as declared plus the filled-in values, for error messages (never holds the key). */
  readonly label: string;
  readonly body: string | undefined;
  /** The most the transport reads of the answer (`response-limit.ts`). */
  readonly maxResponseBytes?: number;
}

function appendQuery(params: URLSearchParams, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) appendQuery(params, name, item);
    return;
  }
  params.append(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/**
 * Builds method + URL + body from validated input: `{name}` path segments come from the input
 * field of that name, GET sends the rest as a query string, POST as JSON. `baseUrl` may carry a
 * path prefix such as the sandbox's `/sandbox`. `inputJson`, when given, must be
 * `JSON.stringify(input)`: the client already made it for the cache key and it is then the body.
 */
export function buildRequest(
  operation: OperationDefinition,
  input: Readonly<Record<string, unknown>>,
  baseUrl: string,
  inputJson?: string,
): OutgoingRequest {
  // Most paths have no `{name}` segment; skipping the copy and the regex there is measurable (bench/).
  const templated = operation.path.includes('{');
  const rest: Record<string, unknown> = templated ? { ...input } : (input as Record<string, unknown>);
  const path = !templated
    ? operation.path
    : operation.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
        const value = rest[name];
        delete rest[name];
        // Segment by segment: `openapi` takes nested API paths such as `v2/objectdata`.
        return String(value ?? '')
          .split('/')
          .map(encodeURIComponent)
          .join('/');
      });
  const base = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
  const label = `${operation.method} ${path}`;
  const limit = maxResponseBytes(operation.id);
  if (operation.method === 'GET') {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(rest)) appendQuery(params, name, value);
    const query = params.toString();
    return {
      method: 'GET',
      url: `${base}${path}${query === '' ? '' : `?${query}`}`,
      label,
      body: undefined,
      maxResponseBytes: limit,
    };
  }
  const body = !templated && inputJson !== undefined ? inputJson : JSON.stringify(rest);
  return { method: 'POST', url: `${base}${path}`, label, body, maxResponseBytes: limit };
}
