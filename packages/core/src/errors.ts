/**
 * The one error family the Altum client throws. `kind` is a closed union so the chat layer can turn
 * every error into a reply through a single table. Messages name the operation and what to do, and
 * never contain an API key (the client redacts before constructing one).
 * Status codes: https://docs.altum.ai/api-error-codes
 */
export const ALTUM_ERROR_KINDS = [
  'auth',
  'forbidden',
  'validation',
  'not_found',
  // Altum refused with a message we do not recognise: the reply quotes Altum instead of guessing.
  'rejected',
  'rate_limited',
  'upstream',
  'network',
  'timeout',
  'aborted',
  'invalid_response',
] as const;

export type AltumErrorKind = (typeof ALTUM_ERROR_KINDS)[number];

/**
 * Why, in more detail than `kind`, machine-readable. Set for every answer Altum gave; the table of
 * documented messages behind it is `client/documented-messages.ts` (docs/altum-api/errors.md lists them).
 * - `needs_input`: one more input fixes it (`field` says which, e.g. `house_type`).
 * - `invalid_value`: Altum refused the value of `field`.
 * - `address_not_found` / `unknown_object`: Altum has no such address / BAG object.
 * - `no_result`: Altum understood the request but has no answer for these inputs.
 * - `temporarily_unavailable`: Altum cannot answer *at the moment*; later may work.
 */
export const ALTUM_ERROR_REASONS = [
  'needs_input',
  'invalid_value',
  'schema',
  'address_not_found',
  'unknown_object',
  'no_result',
  'empty_answer',
  'temporarily_unavailable',
  'apartment',
  'no_access',
  'missing_token',
  'feature_not_enabled',
  'limit_exceeded',
  'server_error',
  'bad_body',
  'unexpected_status',
  'unrecognised',
] as const;

export type AltumErrorReason = (typeof ALTUM_ERROR_REASONS)[number];

/** One field problem, from a 422 `detail[]` entry or from our own input validation. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

export interface AltumErrorOptions {
  readonly kind: AltumErrorKind;
  readonly operationId: string;
  readonly message: string;
  readonly status?: number;
  /** For `validation`: which fields were wrong. */
  readonly fields?: readonly FieldIssue[];
  /** The detail behind `kind`; absent for transport failures (network, timeout, aborted). */
  readonly reason?: AltumErrorReason;
  /** For `needs_input` / `invalid_value`: the request field to add or fix (also in `fields`). */
  readonly field?: string;
  /** Altum's own words (redacted, shortened), so a reply can say what Altum said. */
  readonly altumMessage?: string;
  /** For `rate_limited`: how long Altum asked us to wait. */
  readonly retryAfterMs?: number;
  /** Whether the problem came from our own input check (no credit spent, nothing sent). */
  readonly beforeSend?: boolean;
  /**
   * For `network`, `timeout` and `aborted`: `not_sent` when the request provably never reached
   * Altum (DNS, connect, TLS setup), `unknown` when it may have arrived and been charged.
   */
  readonly delivery?: 'not_sent' | 'unknown';
  readonly cause?: unknown;
}

export class AltumError extends Error {
  override readonly name = 'AltumError';
  readonly kind: AltumErrorKind;
  readonly operationId: string;
  readonly status: number | undefined;
  readonly fields: readonly FieldIssue[];
  readonly reason: AltumErrorReason | undefined;
  readonly field: string | undefined;
  readonly altumMessage: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly beforeSend: boolean;
  readonly delivery: 'not_sent' | 'unknown' | undefined;

  constructor(options: AltumErrorOptions) {
    super(options.message, { cause: options.cause });
    this.kind = options.kind;
    this.operationId = options.operationId;
    this.status = options.status;
    this.fields = options.fields ?? [];
    this.reason = options.reason;
    this.field = options.field;
    this.altumMessage = options.altumMessage;
    this.retryAfterMs = options.retryAfterMs;
    this.beforeSend = options.beforeSend ?? false;
    this.delivery = options.delivery;
  }
}

export function isAltumError(error: unknown): error is AltumError {
  return error instanceof AltumError;
}
