import fc from 'fast-check';

/**
 * Strings built from pieces that mean something to a platform (mentions, fences, links, invisible
 * and bidi characters), mixed with random text and graphemes: what an Altum answer or a user could
 * put in any field. The escaping property tests of both renderers draw from it. A subpath of its own,
 * so the playground's embedded fakes never load fast-check.
 */
export function hostileText(pieces: readonly string[], maxGraphemes = 4): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...pieces),
        fc.string({ maxLength: 6 }),
        fc.string({ unit: 'grapheme', maxLength: maxGraphemes }),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''));
}
