/** Messages of the runner, grammar, help, keys, usage and settings. `{name}` marks a parameter. */
export const commonEn = {
  'demo.marker': 'demo data',
} as const;
