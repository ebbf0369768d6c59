import { hash } from 'node:crypto';

/** A short, one-way fingerprint of an API key: results are per key, but the key itself never becomes a cache key. */
export function keyFingerprint(apiKey: string): string {
  // One-shot `hash` (Node ≥ 20.12) skips the Hash object that showed up in the bench's GC cost.
  return hash('sha256', apiKey, 'base64url').slice(0, 22);
}

/**
 * The cache and coalescing key for one call: operation, key fingerprint and normalised input.
 * The input is the output of the operation's zod schema, whose object keys come out in schema
 * order whatever order the caller used, so plain JSON is already canonical; sorting keys here cost
 * more than the hash (bench/). Unknown keys kept by a loose schema only risk a cache miss.
 */
export function cacheKey(operationId: string, apiKey: string, normalisedInput: unknown): string {
  return cacheKeyFromJson(operationId, apiKey, JSON.stringify(normalisedInput));
}

/**
 * `cacheKey` for input already serialised with `JSON.stringify`: the client reuses that text as the POST
 * body. The key folds case: house letters go to Altum as typed (`28b`, see `normaliseAddition`), but
 * `28b` and `28B` are one dwelling (BAG has no two addresses that differ only in the letter's case), so
 * they share one answer and one credit. Every other string that could differ only in case is an
 * identifier Altum reads the same way or is refused by the schema first.
 */
export function cacheKeyFromJson(operationId: string, apiKey: string, inputJson: string): string {
  return `altum:v1:${operationId}:${keyFingerprint(apiKey)}:${inputJson.toLowerCase()}`;
}
