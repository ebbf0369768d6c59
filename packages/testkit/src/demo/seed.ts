/**
 * Deterministic randomness for the demo fakes: the same text always gives the same numbers, so an
 * address shows the same dwelling on every endpoint, in every run and on every machine.
 */

/** FNV-1a over the text: a well-spread 32-bit seed. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A stream of numbers in [0, 1) seeded by `text` (mulberry32). */
export interface Seeded {
  /** The next number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** A number spread evenly around 1 by ± `spread` (0.05 → 0.95 … 1.05). */
  around(spread: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seeded(text: string): Seeded {
  let state = hashText(text);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    around: (spread) => 1 + (next() * 2 - 1) * spread,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
