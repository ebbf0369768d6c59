import { toLocale as chatLocale, type Locale } from '@altum-chat/chat';

export type { Locale };

/** Discord locales (`nl`, `en-US`, `en-GB`, …) → ours; anything else uses the fallback. */
export function toLocale(discordLocale: string | undefined | null, fallback: Locale): Locale {
  return chatLocale(discordLocale ?? undefined) ?? fallback;
}
