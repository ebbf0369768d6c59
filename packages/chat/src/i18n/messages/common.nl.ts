import type { commonEn } from './common.en.ts';

export const commonNl: Record<keyof typeof commonEn, string> = {
  'demo.marker': 'demogegevens',
};
