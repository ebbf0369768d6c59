import type { Locale } from './locale.ts';

/** Text we composed of our own markup (code spans around our own words), passed through as is. */
export interface Markup {
  readonly markup: string;
}
export const markup = (text: string): Markup => ({ markup: text });

export type MessageParams = Readonly<Record<string, string | number | Markup>>;

/** English messages and their Dutch translations, typed against the English keys. */
export type Catalogue<Key extends string> = Readonly<Record<Locale, Readonly<Record<Key, string>>>>;

/** Looks a message up in one catalogue and fills its parameters. */
export type CatalogueText<Key extends string> = (locale: Locale, key: Key, params?: MessageParams) => string;

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
 * Fills `{name}` parameters (as data, see `asData`) and `{name|one|other}` plural forms (chosen by
 * Intl.PluralRules for the language); an unknown parameter stays visible as `{name}`.
 */
export function fillMessage(locale: Locale, template: string, params: MessageParams = {}): string {
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

/**
 * The one way an app defines strings of its own (button labels, modal titles, fallbacks): English
 * messages and a Dutch record typed against their keys, so a missing translation fails the
 * typecheck, filled the same way as chat's own catalogue.
 */
export function defineCatalogue<Key extends string>(
  en: Readonly<Record<Key, string>>,
  nl: Readonly<Record<NoInfer<Key>, string>>,
): { readonly messages: Catalogue<Key>; readonly text: CatalogueText<Key> } {
  const messages: Catalogue<Key> = { en, nl };
  return {
    messages,
    text: (locale, key, params) => fillMessage(locale, messages[locale][key], params),
  };
}
