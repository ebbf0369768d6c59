/** The two languages the bot answers in (mirrors chat's `Locale`). */
export type Locale = 'nl' | 'en';

/** Discord locales (`nl`, `en-US`, `en-GB`, …) → ours; anything else uses the fallback. */
export function toLocale(discordLocale: string | undefined | null, fallback: Locale): Locale {
  const lang = discordLocale?.slice(0, 2).toLowerCase();
  return lang === 'nl' || lang === 'en' ? lang : fallback;
}
