/**
 * The two languages every user-facing string exists in. Declared here, below everything, so the
 * store (saved language settings), chat (catalogues) and the apps (their own chrome) share one union.
 */
export const LOCALES = ['nl', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

/** Whether a stored or typed value is one of our languages. */
export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}
