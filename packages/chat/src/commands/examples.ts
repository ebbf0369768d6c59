import type { Locale } from '../i18n/locale.ts';
import type { AnyCommand } from './define-command.ts';

/**
 * Examples whose arguments have Dutch words too, as a Dutch user types them. Each must mean what its
 * English original means (a test parses both and compares).
 */
export const DUTCH_EXAMPLES: Readonly<Record<string, string>> = {
  'advice 1071AA 28B target=B': 'advies 1071AA 28B doel=B',
  'delta 1071AA 28B wall_insulation=good living_room_windows=hr_plus_plus':
    'watals 1071AA 28B gevel=goed glas=hr++',
  'label 1017CE 101-A02 type=apartment': 'label 1017CE 101-A02 soort=appartement',
  'batch advice portfolio.xlsx target=B': 'bulk advies portfolio.xlsx doel=B',
  'help delta': 'hulp watals',
  'settings language en': 'instellingen taal en',
  'settings visibility private': 'instellingen zichtbaarheid privé',
  'settings visibility team public': 'instellingen zichtbaarheid team openbaar',
  'settings budget user 50': 'instellingen creditbudget user 50',
  'settings budget team off': 'instellingen creditbudget team uit',
};

/** An example in the user's language: Dutch users see the Dutch alias (`waarde 1071AA 28B`) and words. */
export function localExample(command: AnyCommand, example: string, locale: Locale): string {
  if (locale === 'nl' && DUTCH_EXAMPLES[example]) return DUTCH_EXAMPLES[example];
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
