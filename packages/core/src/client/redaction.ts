/**
 * Keeps API keys out of everything an error carries. undici errors can hold sockets and request
 * options (with our `x-api-key` header), so causes are never passed on as they are: each is copied
 * into a `SanitisedError` holding only name, code, a redacted message and a redacted stack.
 */

const REDACTED = '[redacted]';
const MAX_CAUSE_DEPTH = 5;

/** Replaces every occurrence of each secret (at least 4 characters long) in `text`. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** A plain copy of a foreign error: name, code, message and stack, each redacted; nothing else. */
export class SanitisedError extends Error {
  override readonly name: string;
  readonly code: string | undefined;

  constructor(
    name: string,
    message: string,
    code: string | undefined,
    stack: string | undefined,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = name;
    this.code = code;
    // Without a stack of its own the copy would show where it was made, not where the problem was.
    if (stack !== undefined) this.stack = stack;
  }
}

/** Copies `error` (and its cause chain) into redacted `SanitisedError`s; non-errors become a short description. */
export function sanitiseCause(
  error: unknown,
  secrets: readonly string[],
  depth = 0,
): SanitisedError | undefined {
  if (error === undefined || error === null) return undefined;
  if (!(error instanceof Error)) {
    const description = typeof error === 'string' ? error : `non-error value (${typeof error})`;
    return new SanitisedError('Error', redactText(description, secrets), undefined, undefined);
  }
  const code = (error as { code?: unknown }).code;
  const cause =
    depth < MAX_CAUSE_DEPTH && error.cause !== undefined
      ? sanitiseCause(error.cause, secrets, depth + 1)
      : undefined;
  return new SanitisedError(
    redactText(error.name, secrets),
    redactText(error.message, secrets),
    typeof code === 'string' ? redactText(code, secrets) : undefined,
    error.stack === undefined ? undefined : redactText(error.stack, secrets),
    cause,
  );
}
