/**
 * Altum spells dates four ways: `YYYYMMDD` (AVM valuation date), `DD-MM-YYYY` (WOZ reference dates),
 * `YYYY-MM-DD` (WOZ source date) and `YYYYMM` (reference transaction month), as strings or numbers.
 * https://docs.altum.ai/english/property-data/woz-api/authentication-input-and-response
 */
export interface AltumDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** Absent for month-only dates (`YYYYMM`). */
  readonly day?: number;
}

const valid = (year: number, month: number, day?: number): AltumDate | undefined => {
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month };
  return day >= 1 && day <= 31 ? { year, month, day } : undefined;
};

/** Parses any of Altum's date spellings; undefined for anything else. */
export function parseAltumDate(value: string | number | null | undefined): AltumDate | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ].*)?$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  return undefined;
}

/** Sort key: older dates first. */
export function compareAltumDates(a: AltumDate, b: AltumDate): number {
  return a.year - b.year || a.month - b.month || (a.day ?? 1) - (b.day ?? 1);
}
