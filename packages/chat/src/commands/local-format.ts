import { intlTag, type Locale } from '../i18n/locale.ts';

/** `12.345` (nl) / `12,345` (en): counts in the key, usage and credits replies. */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 0 }).format(value);
}

/** `3 mrt 2025 14:05` / `3 Mar 2025 14:05`, in UTC so every instance and test says the same. */
export function formatDateTime(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(value);
}
