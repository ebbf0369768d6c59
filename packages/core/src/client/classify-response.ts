import { AltumError, type AltumErrorKind, type AltumErrorReason, type FieldIssue } from '../errors.ts';
import type { OperationDefinition } from '../operations/define-operation.ts';
import { altumText, type BodyReading, field, readBody } from './altum-text.ts';
import { findDocumentedMessage } from './documented-messages.ts';
import { parseRetryAfter } from './retry-policy.ts';
import type { RawResponse } from './transport.ts';

/** The outcome of one answer: data, the apartment re-route, or an error (with whether a retry may help). */
export type Classified =
  | { readonly type: 'ok'; readonly data: unknown }
  | { readonly type: 'apartment' }
  | { readonly type: 'error'; readonly error: AltumError };

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
 * Maps an Altum answer onto data or one AltumError (https://docs.altum.ai/api-error-codes): by
 * status, then by body shape, then by Altum's documented message (`documented-messages.ts`).
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

interface Failure {
  readonly kind: AltumErrorKind;
  readonly reason: AltumErrorReason;
  readonly message: string;
  readonly field?: string;
  readonly fields?: FieldIssue[];
  readonly retryAfterMs?: number;
}

function classifyProblem(operation: OperationDefinition, label: string, raw: RawResponse): Classified {
  const reading = readBody(raw.text);
  const said = altumText(reading);
  const failure = failureFor(operation, raw, reading, said);
  if (failure === 'apartment') return { type: 'apartment' };
  return {
    type: 'error',
    error: new AltumError({
      kind: failure.kind,
      reason: failure.reason,
      operationId: operation.id,
      status: raw.status,
      message: `${operation.id} (${label}): ${failure.message}`,
      ...(said === undefined ? {} : { altumMessage: said }),
      ...(failure.field === undefined ? {} : { field: failure.field }),
      ...(failure.fields === undefined ? {} : { fields: failure.fields }),
      ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
    }),
  };
}

/** A business message (400, or a text `Output` on a 200) through the documented table. */
function businessFailure(said: string | undefined): Failure {
  if (said === undefined) {
    return {
      kind: 'not_found',
      reason: 'empty_answer',
      message: 'Altum answered without data or a message. Check the postcode, house number and addition.',
    };
  }
  const known = findDocumentedMessage(said);
  if (!known) {
    return {
      kind: 'rejected',
      reason: 'unrecognised',
      message: `Altum refused the request: "${said}".`,
    };
  }
  const fields =
    known.field === undefined ? {} : { field: known.field, fields: [{ field: known.field, message: said }] };
  return {
    kind: known.kind,
    reason: known.reason,
    message: `"${said}". ${ADVICE[known.reason] ?? ''}`.trim(),
    ...fields,
  };
}

/** What to do, per reason a documented message can have. */
const ADVICE: Partial<Record<AltumErrorReason, string>> = {
  needs_input: 'Altum needs one more input for this address; add the field it names and try again.',
  invalid_value: 'Altum refused the value of the field it names. Fix it and try again.',
  address_not_found: 'Altum has no data for this address. Check the postcode, house number and addition.',
  unknown_object: 'Altum knows no object with this id. Check the id.',
  no_result: 'Altum has no answer for this combination of inputs. Try other inputs.',
  temporarily_unavailable: 'Altum cannot answer this at the moment. Try again later.',
};

function failureFor(
  operation: OperationDefinition,
  raw: RawResponse,
  reading: BodyReading,
  said: string | undefined,
): Failure | 'apartment' {
  const { status } = raw;
  const body = reading.json ? reading.value : undefined;
  if (status >= 200 && status < 300) {
    if (!reading.json) {
      return {
        kind: 'invalid_response',
        reason: 'bad_body',
        message: 'Altum answered with a body that is not JSON. Try again later.',
      };
    }
    const output = field(body, 'Output');
    if (typeof output === 'string') return businessFailure(said);
    const result = operation.output.safeParse(body);
    // classifyResponse only comes here for a 2xx body that did not parse (or parsed only now).
    const where = result.success
      ? 'body'
      : result.error.issues
          .slice(0, 3)
          .map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
          .join('; ');
    return {
      kind: 'invalid_response',
      reason: 'bad_body',
      message: `Altum's answer did not have the expected shape (${where}). Try again later; if it persists the API may have changed.`,
    };
  }
  if (status === 301 && said !== undefined && /unable to check apartment/i.test(said)) {
    if (operation.apartmentFallback) return 'apartment';
    return {
      kind: 'validation',
      reason: 'apartment',
      message: 'this address is an apartment; use the apartments variant of this operation.',
    };
  }
  if (status === 401) {
    return {
      kind: 'auth',
      reason: 'no_access',
      message:
        'Altum says this API key has no access here (401). Check the key and the base URL, or visit https://mopsus.altum.ai.',
    };
  }
  if (status === 403) {
    if (said === 'Forbidden') {
      return {
        kind: 'forbidden',
        reason: 'feature_not_enabled',
        message:
          'this API key may not use this API (403 Forbidden). Enable it for the account in Mopsus (https://mopsus.altum.ai) or use another key.',
      };
    }
    return {
      kind: 'auth',
      reason: 'missing_token',
      message:
        'Altum did not accept the API key (403 Missing Authentication Token). Check that the key is correct and active in Mopsus; a wrong base URL gives the same answer.',
    };
  }
  if (status === 404) {
    return {
      kind: 'not_found',
      reason: 'unknown_object',
      message: 'Altum found nothing for this request (404). Check the address or id.',
    };
  }
  if (status === 422) {
    const fields = fieldIssues(body);
    const summary =
      fields.map((issue) => `${issue.field}: ${issue.message}`).join('; ') || said || 'no details';
    return {
      kind: 'validation',
      reason: 'schema',
      message: `Altum rejected the input (${summary}). Fix these fields and try again.`,
      fields,
    };
  }
  if (status === 400) return businessFailure(said);
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(raw.retryAfter);
    const wait = retryAfterMs === undefined ? 'Wait a little' : `Wait ${Math.ceil(retryAfterMs / 1000)} s`;
    return {
      kind: 'rate_limited',
      reason: 'limit_exceeded',
      message: `Altum rate limit or credit quota reached (429). ${wait} and try again, or check the plan in Mopsus.`,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
  }
  if (status >= 500) {
    return {
      kind: 'upstream',
      reason: 'server_error',
      message: `Altum had a server error (${status}). Try again in a minute.`,
    };
  }
  return {
    kind: 'upstream',
    reason: 'unexpected_status',
    message: `Altum answered with unexpected status ${status}. Try again later.`,
  };
}
