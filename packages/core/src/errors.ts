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
  'rate_limited',
  'upstream',
  'network',
  'timeout',
  'aborted',
  'invalid_response',
] as const;

export type AltumErrorKind = (typeof ALTUM_ERROR_KINDS)[number];

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
  /** For `rate_limited`: how long Altum asked us to wait. */
  readonly retryAfterMs?: number;
  /** Whether the problem came from our own input check (no credit spent, nothing sent). */
  readonly beforeSend?: boolean;
  readonly cause?: unknown;
}

export class AltumError extends Error {
  override readonly name = 'AltumError';
  readonly kind: AltumErrorKind;
  readonly operationId: string;
  readonly status: number | undefined;
  readonly fields: readonly FieldIssue[];
  readonly retryAfterMs: number | undefined;
  readonly beforeSend: boolean;

  constructor(options: AltumErrorOptions) {
    super(options.message, { cause: options.cause });
    this.kind = options.kind;
    this.operationId = options.operationId;
    this.status = options.status;
    this.fields = options.fields ?? [];
    this.retryAfterMs = options.retryAfterMs;
    this.beforeSend = options.beforeSend ?? false;
  }
}

export function isAltumError(error: unknown): error is AltumError {
  return error instanceof AltumError;
}
