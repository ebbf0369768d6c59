import type { Locale } from '../i18n/locale.ts';
import type { AnyCommand, ArgumentSpec } from './define-command.ts';
import { localName } from './examples.ts';

const ADDRESS = { en: '<postcode> <number>[addition]', nl: '<postcode> <huisnummer>[toevoeging]' } as const;
const MEASURES = { en: '[measure=level …]', nl: '[maatregel=niveau …]' } as const;

/** Argument names in Dutch; the grammar reads arguments by position or by these words' English twins. */
const DUTCH_NAMES: Readonly<Record<string, string>> = {
  address: 'adres',
  measures: 'maatregelen',
  target: 'doel',
  type: 'soort',
  setting: 'instelling',
  value: 'waarde',
  amount: 'bedrag',
  hours: 'uren',
  period: 'periode',
  command: 'commando',
  action: 'actie',
  postcode: 'postcode',
  house_type: 'woningtype',
};

/** An argument's name in the reader's language. */
export function argumentName(spec: ArgumentSpec, locale: Locale): string {
  return locale === 'nl' ? (DUTCH_NAMES[spec.name] ?? spec.name) : spec.name;
}

/** A choice as the reader types it: the Dutch word when it is one word, else the English value. */
function choiceWord(
  choice: { readonly value: string; readonly label: { readonly nl: string } },
  locale: Locale,
) {
  return locale === 'nl' && !/\s/.test(choice.label.nl) ? choice.label.nl : choice.value;
}

function part(spec: ArgumentSpec, locale: Locale): string {
  if (spec.kind === 'address') return spec.required ? ADDRESS[locale] : `[${ADDRESS[locale]}]`;
  if (spec.kind === 'measures') return MEASURES[locale];
  const inner =
    spec.kind === 'choice' && spec.choices && spec.choices.length <= 6
      ? spec.choices.map((c) => choiceWord(c, locale)).join('|')
      : argumentName(spec, locale);
  return spec.required ? `<${inner}>` : `[${inner}]`;
}

/** `value <postcode> <number>[addition]`, `credits [hours]`: the syntax line shown in help. */
export function usageLine(command: AnyCommand, locale: Locale): string {
  const visible = command.args.filter((a) => !a.secret);
  return [localName(command, locale), ...visible.map((a) => part(a, locale))].join(' ');
}
