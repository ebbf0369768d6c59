import type { Readable } from 'node:stream';
import { AltumError } from '../errors.ts';

/**
 * Largest body we read for an operation. Altum answers are JSON of a few kilobytes (a valuation) to
 * a few hundred (comparables, transactions); these caps are generous multiples of that, and exist
 * so a broken or hostile upstream cannot make one command hold gigabytes. README "Altum client".
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** Operations whose answers are legitimately larger than the default. */
const MAX_RESPONSE_BYTES: Readonly<Record<string, number>> = {
  // A whole OpenAPI document.
  openapi: 32 * 1024 * 1024,
};

/** The cap for one operation id, in bytes. */
export function maxResponseBytes(operationId: string): number {
  return MAX_RESPONSE_BYTES[operationId] ?? DEFAULT_MAX_RESPONSE_BYTES;
}

/** The body was (or was declared) larger than the operation's cap; reading stopped. */
export class ResponseTooLarge extends Error {
  override readonly name = 'ResponseTooLarge';
  constructor(
    readonly limit: number,
    readonly declared: number | undefined,
  ) {
    super(`response body over ${limit} bytes`);
  }
}

/**
 * Reads a response body as UTF-8 text, at most `limit` bytes. A declared `content-length` over the
 * limit stops before the first byte; an undeclared (chunked) body stops at the chunk that crosses
 * it. Either way the stream is destroyed, so undici closes the socket instead of draining the rest,
 * and memory holds at most `limit` bytes.
 */
export async function readCappedText(
  body: Readable,
  contentLength: string | string[] | undefined,
  limit: number,
): Promise<string> {
  const declaredText = Array.isArray(contentLength) ? contentLength[0] : contentLength;
  const declared = declaredText === undefined ? undefined : Number(declaredText);
  if (declared !== undefined && Number.isFinite(declared) && declared > limit) {
    body.destroy();
    throw new ResponseTooLarge(limit, declared);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > limit) {
      body.destroy();
      throw new ResponseTooLarge(limit, declared);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/**
 * The client's error for an over-limit body: `invalid_response`, final (retrying would download it
 * again; and the request did arrive, so it may have been charged).
 */
export function responseTooLargeError(
  operationId: string,
  label: string,
  failure: ResponseTooLarge,
): AltumError {
  return new AltumError({
    kind: 'invalid_response',
    operationId,
    message: `${operationId} (${label}): Altum's answer was larger than the ${Math.round(failure.limit / 1024 / 1024)} MB this client reads for it. Try again later, and tell the operator if it persists.`,
    cause: failure,
  });
}
