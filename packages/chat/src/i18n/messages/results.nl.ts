import type { resultsEn } from './results.en.ts';

export const resultsNl: Record<keyof typeof resultsEn, string> = {
  'result.source': 'Altum {api}',
};
