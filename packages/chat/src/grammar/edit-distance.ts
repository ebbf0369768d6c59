/** Levenshtein distance, bounded to keep "did you mean" cheap on huge inputs. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Candidates close to what was typed: within edit distance 2 (1 for short words), or starting with
 * it, best first. Used for unknown commands, arguments and choice values.
 */
export function suggest(typed: string, candidates: readonly string[], max = 3): string[] {
  const word = typed.trim().toLowerCase();
  if (word === '' || word.length > 40) return [];
  const allowed = word.length <= 3 ? 1 : 2;
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const lower = candidate.toLowerCase();
    const distance = editDistance(word, lower, allowed);
    if (distance <= allowed) scored.push({ candidate, score: distance });
    else if (word.length >= 3 && lower.startsWith(word)) scored.push({ candidate, score: allowed + 0.5 });
  }
  return scored
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, max)
    .map((s) => s.candidate);
}
