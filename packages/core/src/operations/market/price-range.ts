/**
 * Altum reports ranges as text: the AVM `Confidence` ("90% Confidence Interval is 327363-429880.")
 * and the reference prices ("350000-375000"). The two ends arrive in either order (the sandbox sends
 * them reversed), so we sort them. https://docs.altum.ai/english/property-valuation-and-market/avm-api/output-interpretation
 */

export interface PriceRange {
  readonly low: number;
  readonly high: number;
}

export interface ConfidenceInterval extends PriceRange {
  /** The stated confidence level in percent (90 in "90% Confidence Interval …"), when given. */
  readonly level?: number;
}

const RANGE = /(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)/;

/** `"350000-375000"` or `"98069-22429"` → `{ low, high }`; undefined when the text holds no range. */
export function parsePriceRange(text: unknown): PriceRange | undefined {
  if (typeof text !== 'string') return undefined;
  const match = RANGE.exec(text);
  if (!match) return undefined;
  const a = Number(match[1]);
  const b = Number(match[2]);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/** Parses the AVM `Confidence` text into its interval (and level); undefined when it holds no range. */
export function parseConfidence(text: unknown): ConfidenceInterval | undefined {
  if (typeof text !== 'string') return undefined;
  const level = /(\d+(?:\.\d+)?)\s*%/.exec(text);
  const range = parsePriceRange(level ? text.slice(level.index + level[0].length) : text);
  if (!range) return undefined;
  return level ? { ...range, level: Number(level[1]) } : range;
}
