/** Relative change from `previous` to `current` as a fraction (0.144 = +14.4%); undefined when not computable. */
export function relativeChange(
  previous: number | undefined,
  current: number | undefined,
): number | undefined {
  if (previous === undefined || current === undefined || previous === 0) return undefined;
  return (current - previous) / previous;
}
