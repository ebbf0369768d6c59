import type { Locale } from '../i18n/locale.ts';
import type { AnyCommand } from './define-command.ts';

/** An example in the user's language: Dutch users see the Dutch alias (`waarde 1071AA 28B`). */
export function localExample(command: AnyCommand, example: string, locale: Locale): string {
  if (locale !== 'nl' || command.alias === command.name) return example;
  return example.startsWith(`${command.name} `) || example === command.name
    ? `${command.alias}${example.slice(command.name.length)}`
    : example;
}

/** The command word in the user's language. */
export function localName(command: AnyCommand, locale: Locale): string {
  return locale === 'nl' ? command.alias : command.name;
}

/** The first working example, localised; the bare command word when it has none. */
export function firstExample(command: AnyCommand, locale: Locale): string {
  const example = command.examples[0];
  return example === undefined ? localName(command, locale) : localExample(command, example, locale);
}
