import { DiscordAPIError, HTTPError, RateLimitError } from '@discordjs/rest';

function codeOf(value: unknown): string | undefined {
  const code = (value as { code?: unknown } | undefined)?.code;
  return (typeof code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(code)) || typeof code === 'number'
    ? String(code)
    : undefined;
}

/**
 * What a failed Discord call was, for a person: the HTTP status and Discord's own error code and
 * message (e.g. `HTTP 401, Discord code 0: 401: Unauthorized`), never the request's token or body.
 */
export function describeDiscordFailure(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    const raw = error.rawError;
    const message = 'message' in raw ? raw.message : raw.error;
    return `HTTP ${error.status}, Discord code ${String(error.code)}: ${message}`;
  }
  if (error instanceof HTTPError) return `HTTP ${error.status} from Discord (${error.message})`;
  if (error instanceof RateLimitError)
    return `rate limited by Discord for ${error.timeToReset} ms on ${error.route}`;
  if (error instanceof Error) {
    // System errors (ECONNREFUSED, ENOTFOUND, …, also as a failed fetch's cause) and library errors
    // (TokenInvalid, …) carry a code; the message of an arbitrary error is not trusted to be secret-free.
    const code = codeOf(error) ?? codeOf(error.cause);
    return code === undefined ? error.name : `${error.name} (${code})`;
  }
  return 'unknown error';
}
