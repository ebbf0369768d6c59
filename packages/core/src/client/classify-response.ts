import { AltumError, type FieldIssue } from '../errors.ts';
import type { OperationDefinition } from '../operations/define-operation.ts';
import { parseRetryAfter } from './retry-policy.ts';
import type { RawResponse } from './transport.ts';

/** The outcome of one answer: data, the apartment re-route, or an error (with whether a retry may help). */
export type Classified =
  | { readonly type: 'ok'; readonly data: unknown }
  | { readonly type: 'apartment' }
  | { readonly type: 'error'; readonly error: AltumError };

const NOT_FOUND = /not found|niet gevonden|does not exist/i;
const MAX_MESSAGE = 300;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function field(body: unknown, name: string): unknown {
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
}

/** Altum puts business messages in `Output`, FastAPI in `detail`, API Gateway in `message`. */
function messageOf(body: unknown): string | undefined {
  for (const name of ['Output', 'detail', 'message']) {
    const value = field(body, name);
    if (typeof value === 'string')
      return value.length > MAX_MESSAGE ? `${value.slice(0, MAX_MESSAGE)}…` : value;
  }
  return undefined;
}

/** FastAPI `detail[]` → field issues; `loc` starts with `body`/`query` and may hold char offsets. */
function fieldIssues(body: unknown): FieldIssue[] {
  const detail = field(body, 'detail');
  if (!Array.isArray(detail)) return [];
  return detail.map((entry) => {
    const loc = Array.isArray(field(entry, 'loc')) ? (field(entry, 'loc') as unknown[]) : [];
    const path = loc.filter((part, index) => !(index === 0 && (part === 'body' || part === 'query')));
    const msg = field(entry, 'msg');
    return {
      field: path.length > 0 ? path.map(String).join('.') : 'input',
      message: typeof msg === 'string' ? msg : 'invalid',
    };
  });
}

/**
 * Maps an Altum answer onto data or one AltumError (https://docs.altum.ai/api-error-codes).
 * A 200 whose `Output` is a string is an error message, not data [doc: AVM error tab].
 */
export function classifyResponse(
  operation: OperationDefinition,
  label: string,
  raw: RawResponse,
): Classified {
  // The common case first, without the closures the error path builds (measured in bench/).
  if (raw.status >= 200 && raw.status < 300) {
    let body: unknown;
    try {
      body = JSON.parse(raw.text);
    } catch {
      return classifyProblem(operation, label, raw);
    }
    if (typeof field(body, 'Output') !== 'string') {
      const result = operation.output.safeParse(body);
      if (result.success) return { type: 'ok', data: result.data };
    }
  }
  return classifyProblem(operation, label, raw);
}

function classifyProblem(operation: OperationDefinition, label: string, raw: RawResponse): Classified {
  const { status } = raw;
  const parsed = parseJson(raw.text);
  const body = parsed.ok ? parsed.value : undefined;
  const op = `${operation.id} (${label})`;
  const fail = (
    kind: AltumError['kind'],
    message: string,
    extra: { fields?: FieldIssue[]; retryAfterMs?: number } = {},
  ) =>
    ({
      type: 'error',
      error: new AltumError({
        kind,
        operationId: operation.id,
        status,
        message: `${op}: ${message}`,
        ...extra,
      }),
    }) as const;

  const business = (message: string): Classified =>
    NOT_FOUND.test(message) || message.trim() === ''
      ? fail(
          'not_found',
          `Altum has no data for this address ("${message || 'empty answer'}"). Check the postcode, house number and addition.`,
        )
      : fail('validation', `Altum rejected the request: "${message}". Adjust the input and try again.`, {
          fields: [{ field: 'input', message }],
        });

  if (status >= 200 && status < 300) {
    if (!parsed.ok)
      return fail('invalid_response', 'Altum answered with a body that is not JSON. Try again later.');
    const output = field(body, 'Output');
    if (typeof output === 'string') return business(output);
    const result = operation.output.safeParse(body);
    if (result.success) return { type: 'ok', data: result.data };
    const where = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
      .join('; ');
    return fail(
      'invalid_response',
      `Altum's answer did not have the expected shape (${where}). Try again later; if it persists the API may have changed.`,
    );
  }
  const message = messageOf(body);
  if (status === 301 && message !== undefined && /unable to check apartment/i.test(message)) {
    if (operation.apartmentFallback) return { type: 'apartment' };
    return fail('validation', 'this address is an apartment; use the apartments variant of this operation.');
  }
  if (status === 401) {
    return fail(
      'auth',
      'Altum says this API key has no access here (401). Check the key and the base URL, or visit https://mopsus.altum.ai.',
    );
  }
  if (status === 403) {
    if (message === 'Forbidden') {
      return fail(
        'forbidden',
        'this API key may not use this API (403 Forbidden). Enable it for the account in Mopsus (https://mopsus.altum.ai) or use another key.',
      );
    }
    return fail(
      'auth',
      'Altum did not accept the API key (403 Missing Authentication Token). Check that the key is correct and active in Mopsus; a wrong base URL gives the same answer.',
    );
  }
  if (status === 404)
    return fail('not_found', 'Altum found nothing for this request (404). Check the address or id.');
  if (status === 422) {
    const fields = fieldIssues(body);
    const summary =
      fields.map((issue) => `${issue.field}: ${issue.message}`).join('; ') || message || 'no details';
    return fail('validation', `Altum rejected the input (${summary}). Fix these fields and try again.`, {
      fields,
    });
  }
  if (status === 400) return business(message ?? '');
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(raw.retryAfter);
    const wait = retryAfterMs === undefined ? 'Wait a little' : `Wait ${Math.ceil(retryAfterMs / 1000)} s`;
    return fail(
      'rate_limited',
      `Altum rate limit or credit quota reached (429). ${wait} and try again, or check the plan in Mopsus.`,
      retryAfterMs === undefined ? {} : { retryAfterMs },
    );
  }
  if (status >= 500) return fail('upstream', `Altum had a server error (${status}). Try again in a minute.`);
  return fail('upstream', `Altum answered with unexpected status ${status}. Try again later.`);
}
