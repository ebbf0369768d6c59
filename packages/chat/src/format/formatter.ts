import { intlTag, type Locale } from '../i18n/locale.ts';
import type { AltumDate } from './altum-date.ts';

/**
 * Locale-aware number, money, area, percentage and date formatting for replies (nl-NL / en-GB via
 * Intl). Money in Dutch reads `€ 612.000`; Intl's non-breaking spaces are turned into plain spaces so
 * replies, logs and tests show the same text.
 */
export interface Formatter {
  readonly locale: Locale;
  /** Whole euros: `€ 612.000` (nl), `€612,000` (en). */
  money(value: number): string;
  /** Euros with cents when they matter (energy bills): `€ 116,50`. */
  moneyExact(value: number): string;
  /** `€ 327.363 – € 429.880`; the two ends are sorted because Altum sometimes reverses them. */
  moneyRange(low: number, high: number): string;
  number(value: number, maximumFractionDigits?: number): string;
  /** `121 m²`. */
  area(value: number): string;
  /** From a fraction: 0.052 → `5,2%`. */
  percent(fraction: number): string;
  /** Signed change from a fraction: 0.144 → `+14,4%`. */
  change(fraction: number): string;
  /** `1 januari 2022`, `maart 2023` for month-only dates. */
  date(date: AltumDate): string;
}

const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const formatters = new Map<Locale, Formatter>();

/**
 * The formatter of a locale. Building `Intl` formatters is the costliest step of rendering a reply
 * (a CPU profile of the Slack bench put it on top), and they are immutable, so one per locale is kept.
 */
export function createFormatter(locale: Locale): Formatter {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = buildFormatter(locale);
    formatters.set(locale, formatter);
  }
  return formatter;
}

function buildFormatter(locale: Locale): Formatter {
  const tag = intlTag(locale);
  const euro = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const euroCents = new Intl.NumberFormat(tag, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(tag, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const fullDate = new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthDate = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Map<number, Intl.NumberFormat>();
  const number = (value: number, maximumFractionDigits = 0) => {
    let format = numbers.get(maximumFractionDigits);
    if (!format) {
      format = new Intl.NumberFormat(tag, { maximumFractionDigits });
      numbers.set(maximumFractionDigits, format);
    }
    return plainSpaces(format.format(value));
  };
  const money = (value: number) => plainSpaces(euro.format(Math.round(value)));
  return {
    locale,
    money,
    moneyExact: (value) =>
      plainSpaces(Number.isInteger(value) ? euro.format(value) : euroCents.format(value)),
    moneyRange: (low, high) => `${money(Math.min(low, high))} – ${money(Math.max(low, high))}`,
    number,
    area: (value) => `${number(value)} m²`,
    percent: (fraction) => plainSpaces(percent.format(fraction)),
    change: (fraction) => plainSpaces(change.format(fraction)),
    date: (date) => {
      const utc = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
      return plainSpaces((date.day === undefined ? monthDate : fullDate).format(utc));
    },
  };
}
