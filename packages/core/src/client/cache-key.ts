import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` give the same cache key. Drops undefined like JSON does. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
}

/** A short, one-way fingerprint of an API key: results are per key, but the key itself never becomes a cache key. */
export function keyFingerprint(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('base64url').slice(0, 22);
}

/** The cache and coalescing key for one call: operation, key fingerprint and normalised input. */
export function cacheKey(operationId: string, apiKey: string, normalisedInput: unknown): string {
  return `altum:v1:${operationId}:${keyFingerprint(apiKey)}:${stableStringify(normalisedInput)}`;
}
