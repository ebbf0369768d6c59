import type { Locale } from './locale.ts';
import { batchEn } from './messages/batch.en.ts';
import { batchNl } from './messages/batch.nl.ts';
import { commonEn } from './messages/common.en.ts';
import { commonNl } from './messages/common.nl.ts';
import { conversationEn } from './messages/conversation.en.ts';
import { conversationNl } from './messages/conversation.nl.ts';
import { resultsEn } from './messages/results.en.ts';
import { resultsNl } from './messages/results.nl.ts';

const en = { ...commonEn, ...resultsEn, ...batchEn, ...conversationEn };
/** Typed against the English keys, so a missing Dutch message fails the typecheck. */
const nl: Record<keyof typeof en, string> = { ...commonNl, ...resultsNl, ...batchNl, ...conversationNl };

export type MessageKey = keyof typeof en;
/** Text we composed of our own markup (code spans around our own words), passed through as is. */
export interface Markup {
  readonly markup: string;
}
export const markup = (text: string): Markup => ({ markup: text });

export type MessageParams = Readonly<Record<string, string | number | Markup>>;

export const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, nl };

const pluralRules: Readonly<Record<Locale, Intl.PluralRules>> = {
  en: new Intl.PluralRules('en'),
  nl: new Intl.PluralRules('nl'),
};

/** `{count|# maand|# maanden}`: the singular or plural form for the parameter, `#` standing for its value. */
export const PLURAL_PATTERN = /\{(\w+)\|([^{}|]*)\|([^{}|]*)\}/g;

function countOf(value: string | number | Markup): number {
  if (typeof value === 'object') return Number.NaN;
  return typeof value === 'number' ? value : Number(value.replace(/[^\d-]/g, ''));
}

/**
 * A parameter is data (a typed word, Altum's text, a street name), never markup: a backtick in it
 * becomes U+02CB, which looks the same, so it cannot close the template's own `code` span and let the
 * rest of the parameter be parsed by the platform. Parameters that are code spans we built ourselves
 * (a list of valid words) are passed as `Markup`.
 */
function asData(value: string | number | Markup): string {
  if (typeof value === 'object') return value.markup;
  return String(value).replace(/`/g, '\u02cb');
}

/**
 * Looks a message up and fills `{name}` parameters and `{name|one|other}` plural forms (chosen by
 * Intl.PluralRules for the reply language); an unknown parameter stays visible as `{name}`.
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[locale][key];
  return template
    .replace(PLURAL_PATTERN, (whole, name: string, one: string, other: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const value = params[name] as string | number | Markup;
      const form = pluralRules[locale].select(countOf(value)) === 'one' ? one : other;
      return form.replaceAll('#', asData(value));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? asData(params[name] as string | number | Markup) : whole,
    );
}

/** A translator bound to one locale, passed to reply builders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
