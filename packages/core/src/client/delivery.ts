/**
 * Whether a failed request may have reached Altum. Only errors raised while connecting (DNS, TCP
 * connect, TLS handshake) prove that no byte of the request was written; anything later (a reset,
 * "other side closed", a timeout) may come after Altum received and charged the call.
 */
export type Delivery = 'not_sent' | 'unknown';

/** Node and undici codes that only occur before the request is written. */
const CONNECT_PHASE_CODES = new Set([
  // DNS
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  // TCP connect
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  // TLS handshake: certificate checks and talking TLS to a plain-HTTP port
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

const MAX_DEPTH = 5;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * `not_sent` when the error (or what it wraps) is a connect-phase failure; an AggregateError from
 * Node's address-family racing counts only when every attempt failed that way.
 */
export function deliveryOf(error: unknown, depth = 0): Delivery {
  if (error === null || typeof error !== 'object' || depth > MAX_DEPTH) return 'unknown';
  const code = codeOf(error);
  if (code !== undefined && CONNECT_PHASE_CODES.has(code)) return 'not_sent';
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.every((inner) => deliveryOf(inner, depth + 1) === 'not_sent') ? 'not_sent' : 'unknown';
  }
  const cause = (error as { cause?: unknown }).cause;
  return cause === undefined ? 'unknown' : deliveryOf(cause, depth + 1);
}
