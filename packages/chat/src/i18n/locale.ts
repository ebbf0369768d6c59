import type { Locale } from '@altum-chat/core';

/** The two languages our users work in: core's one union, re-exported for the apps. */
export type { Locale };

export const DEFAULT_LOCALE: Locale = 'nl';

/** `nl-NL`, `nl_BE`, `EN-us` → `nl`/`en`; anything else → undefined. */
export function toLocale(value: string | undefined): Locale | undefined {
  const lang = value?.trim().toLowerCase().slice(0, 2);
  return lang === 'nl' || lang === 'en' ? lang : undefined;
}

/** User setting first, then the platform's locale, then the deployment default. */
export function resolveLocale(
  userSetting: string | undefined,
  platformLocale: string | undefined,
  fallback: Locale = DEFAULT_LOCALE,
): Locale {
  return toLocale(userSetting) ?? toLocale(platformLocale) ?? fallback;
}

/** The BCP 47 tag `Intl` formats with. */
export function intlTag(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}
