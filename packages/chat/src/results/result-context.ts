import { createFormatter, type Formatter } from '../format/formatter.ts';
import type { Locale } from '../i18n/locale.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';
import type { ReplyField } from '../reply/reply.ts';

/** What every result builder needs: the user's language, its messages and its number formats. */
export interface ResultContext {
  readonly locale: Locale;
  readonly t: Translate;
  readonly f: Formatter;
  /** Whether to render charts (off in tests that only look at text, and for text-only renderers). */
  readonly charts: boolean;
}

export function createResultContext(locale: Locale, options: { charts?: boolean } = {}): ResultContext {
  return { locale, t: createTranslator(locale), f: createFormatter(locale), charts: options.charts ?? true };
}

/** Collects fields, skipping values Altum left out, so builders read as a plain list. */
export function fieldList() {
  const fields: ReplyField[] = [];
  return {
    fields,
    add(label: string, value: string | undefined, inline = true) {
      if (value !== undefined && value !== '') fields.push({ label, value, inline });
    },
  };
}

/** Applies `format` when the value is present. */
export function maybe<T>(value: T | null | undefined, format: (value: T) => string): string | undefined {
  return value === undefined || value === null ? undefined : format(value);
}
