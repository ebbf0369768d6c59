import type { EnergyLabel } from '../reply/reply.ts';

/** The familiar EU energy label colours, dark green (best) to red (worst). */
export const LABEL_COLOURS: Readonly<Record<EnergyLabel, string>> = {
  'A++++': '#00843d',
  'A+++': '#00933f',
  'A++': '#00a046',
  'A+': '#2ab24a',
  A: '#52b848',
  B: '#a4c93b',
  C: '#e7e21b',
  D: '#f4b71b',
  E: '#ef8a22',
  F: '#e8561f',
  G: '#d7201f',
};
