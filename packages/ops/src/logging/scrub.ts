import type { SecretRegistry } from './secrets.ts';

export const REDACTED = '[redacted]';

/**
 * Shapes of secrets we can recognise without being told: Slack tokens (bot, user, app-level,
 * refresh/rotating), Discord bot tokens (three base64url parts), and `Bearer`/`Bot` credentials.
 * https://docs.slack.dev/authentication/tokens
 */
const PATTERNS: readonly RegExp[] = [
  /\bxox[a-z](?:\.xox[a-z])?-[A-Za-z0-9-]{6,}/g,
  /\bxapp-[A-Za-z0-9-]{6,}/g,
  /\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g,
  /\b(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{12,}/g,
];

/** Replaces every registered secret and every recognisable token shape in `text`. */
export function scrubText(text: string, secrets: SecretRegistry): string {
  let out = text;
  for (const secret of secrets.values()) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  for (const pattern of PATTERNS) {
    out = out.replace(pattern, (match, scheme: unknown) =>
      typeof scheme === 'string' && match.startsWith(scheme) ? `${scheme} ${REDACTED}` : REDACTED,
    );
  }
  return out;
}

/** Field names whose values are secret whatever they hold (compared lower-case, without `-` and `_`). */
const SECRET_FIELDS = new Set([
  'xapikey',
  'apikey',
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'token',
  'accesstoken',
  'refreshtoken',
  'bottoken',
  'apptoken',
  'usertoken',
  'signingsecret',
  'clientsecret',
  'statesecret',
  'secret',
  'masterkey',
  'previousmasterkeys',
  'password',
  'headers',
  'rawheaders',
]);

export function isSecretField(name: string): boolean {
  return SECRET_FIELDS.has(name.toLowerCase().replace(/[-_]/g, ''));
}

const MAX_DEPTH = 8;

/**
 * A JSON-safe copy of a log object: secret-named fields replaced, strings scrubbed, errors reduced to
 * type/message/code/stack (undici errors can hold request options with our `x-api-key` header).
 */
export function scrubValue(
  value: unknown,
  secrets: SecretRegistry,
  depth = 0,
  seen = new WeakSet(),
): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? String(value) : value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      type: scrubText(value.name, secrets),
      message: scrubText(value.message, secrets),
      ...(typeof code === 'string' ? { code: scrubText(code, secrets) } : {}),
      ...(value.stack ? { stack: scrubText(value.stack, secrets) } : {}),
      ...(value.cause !== undefined ? { cause: scrubValue(value.cause, secrets, depth + 1, seen) } : {}),
    };
  }
  if (Buffer.isBuffer(value)) return `[${value.byteLength} bytes]`;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    out[name] = isSecretField(name) ? REDACTED : scrubValue(field, secrets, depth + 1, seen);
  }
  return out;
}
