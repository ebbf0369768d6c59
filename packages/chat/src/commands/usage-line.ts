import type { Locale } from '../i18n/locale.ts';
import type { AnyCommand, ArgumentSpec } from './define-command.ts';
import { localName } from './examples.ts';

const ADDRESS = { en: '<postcode> <number>[addition]', nl: '<postcode> <huisnummer>[toevoeging]' } as const;
const MEASURES = { en: '[measure=level …]', nl: '[maatregel=niveau …]' } as const;

function part(spec: ArgumentSpec, locale: Locale): string {
  if (spec.kind === 'address') return spec.required ? ADDRESS[locale] : `[${ADDRESS[locale]}]`;
  if (spec.kind === 'measures') return MEASURES[locale];
  const inner =
    spec.kind === 'choice' && spec.choices && spec.choices.length <= 6
      ? spec.choices.map((c) => c.value).join('|')
      : spec.name;
  return spec.required ? `<${inner}>` : `[${inner}]`;
}

/** `value <postcode> <number>[addition]`, `credits [hours]`: the syntax line shown in help. */
export function usageLine(command: AnyCommand, locale: Locale): string {
  const visible = command.args.filter((a) => !a.secret);
  return [localName(command, locale), ...visible.map((a) => part(a, locale))].join(' ');
}
