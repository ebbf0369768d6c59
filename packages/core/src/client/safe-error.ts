import { AltumError } from '../errors.ts';
import { redactText, sanitiseCause } from './redaction.ts';

/**
 * The one exit for errors: rebuilds every error with the key redacted from message and stack and
 * the cause chain replaced by sanitised copies, so nothing the caller logs can carry the key.
 */
export function toSafeError(error: unknown, operationId: string, secrets: readonly string[]): AltumError {
  if (error instanceof AltumError) {
    const safe = new AltumError({
      kind: error.kind,
      operationId: error.operationId,
      message: redactText(error.message, secrets),
      ...(error.status === undefined ? {} : { status: error.status }),
      fields: error.fields.map((issue) => ({
        field: redactText(issue.field, secrets),
        message: redactText(issue.message, secrets),
      })),
      ...(error.reason === undefined ? {} : { reason: error.reason }),
      ...(error.field === undefined ? {} : { field: redactText(error.field, secrets) }),
      ...(error.altumMessage === undefined ? {} : { altumMessage: redactText(error.altumMessage, secrets) }),
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
      beforeSend: error.beforeSend,
      ...(error.delivery === undefined ? {} : { delivery: error.delivery }),
      cause: sanitiseCause(error.cause, secrets),
    });
    return safe;
  }
  return new AltumError({
    kind: 'network',
    operationId,
    message: `${operationId}: the call failed unexpectedly. Try again; if it persists report it with the time of the call.`,
    cause: sanitiseCause(error, secrets),
  });
}
