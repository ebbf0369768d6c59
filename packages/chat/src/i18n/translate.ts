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
export type MessageParams = Readonly<Record<string, string | number>>;

export const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, nl };

const pluralRules: Readonly<Record<Locale, Intl.PluralRules>> = {
  en: new Intl.PluralRules('en'),
  nl: new Intl.PluralRules('nl'),
};

/** `{count|# maand|# maanden}`: the singular or plural form for the parameter, `#` standing for its value. */
export const PLURAL_PATTERN = /\{(\w+)\|([^{}|]*)\|([^{}|]*)\}/g;

function countOf(value: string | number): number {
  return typeof value === 'number' ? value : Number(value.replace(/[^\d-]/g, ''));
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
      const value = params[name] as string | number;
      const form = pluralRules[locale].select(countOf(value)) === 'one' ? one : other;
      return form.replaceAll('#', String(value));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

/** A translator bound to one locale, passed to reply builders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
