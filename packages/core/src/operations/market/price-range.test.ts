import { describe, expect, it } from 'vitest';
import { parseConfidence, parsePriceRange } from './price-range.ts';

describe('parseConfidence', () => {
  it('reads the documented text', () => {
    expect(parseConfidence('90% Confidence Interval is 327363-429880.')).toEqual({
      low: 327363,
      high: 429880,
      level: 90,
    });
  });
  it('sorts a reversed interval', () => {
    expect(parseConfidence('90% Confidence Interval is 429880-327363.')).toEqual({
      low: 327363,
      high: 429880,
      level: 90,
    });
  });
  it('copes with spaces, an en dash and no level', () => {
    expect(parseConfidence('Confidence Interval is 327363 – 429880')).toEqual({ low: 327363, high: 429880 });
  });
  it('gives undefined for text without a range, null and numbers', () => {
    expect(parseConfidence('Confidence unavailable')).toBeUndefined();
    expect(parseConfidence(null)).toBeUndefined();
    expect(parseConfidence(12)).toBeUndefined();
    expect(parseConfidence('90% Confidence Interval is 327363.')).toBeUndefined();
  });
});

describe('parsePriceRange', () => {
  it('reads reference price ranges in either order', () => {
    expect(parsePriceRange('350000-375000')).toEqual({ low: 350000, high: 375000 });
    expect(parsePriceRange('98069-22429')).toEqual({ low: 22429, high: 98069 });
  });
  it('gives undefined for a single number', () => {
    expect(parsePriceRange('350000')).toBeUndefined();
  });
});
