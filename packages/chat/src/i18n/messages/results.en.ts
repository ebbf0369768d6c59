/** Messages of the per-command result replies and charts. `{name}` marks a parameter. */
export const resultsEn = {
  'result.source': 'Altum {api}',
} as const;
