import type { Locale } from '../i18n/locale.ts';
import type { AnyCommand, ArgumentSpec, SubcommandDefinition } from './define-command.ts';
import { localName } from './examples.ts';
import { type Route, routeArgs, routeFlags, routesOf } from './subcommands.ts';

/** Any form the grammar reads (postcode and number, street and town, BAG id, listing link); the argument row lists them. */
const ADDRESS = { en: '<address>', nl: '<adres>' } as const;
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
  file: 'bestand',
  sheet: 'werkblad',
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

/**
 * `value <address>`, `credits [hours]`, `key status|login|logout|team …`: the
 * syntax line shown in help.
 */
export function usageLine(command: AnyCommand, locale: Locale): string {
  const children = command.subcommands ?? [];
  if (children.length > 0) {
    return `${localName(command, locale)} ${children.map((c) => localWord(c, locale)).join('|')} …`;
  }
  const visible = command.args.filter((a) => !a.secret);
  return [localName(command, locale), ...visible.map((a) => part(a, locale))].join(' ');
}

const localWord = (node: SubcommandDefinition, locale: Locale) => (locale === 'nl' ? node.alias : node.name);

/**
 * One subcommand as typed: `settings budget team [credits]`, `instellingen taal [language]`. The
 * default of a nested group is left out (`key team`, not `key team status`): nobody types it.
 */
export function routeLine(route: Route, locale: Locale): string {
  const nodes = [...route.nodes];
  const parent = nodes[nodes.length - 2];
  const last = nodes[nodes.length - 1];
  if (last && parent?.default === last.name) nodes.pop();
  const args = routeArgs(route).filter((a) => !a.secret);
  return [
    localName(route.command, locale),
    ...nodes.map((node) => localWord(node, locale)),
    ...args.map((a) => part(a, locale)),
  ].join(' ');
}

/** The help table of a command's subcommands: each as typed, what it does, and whether it is for admins. */
export function subcommandRows(
  command: AnyCommand,
  locale: Locale,
  adminOnly: string,
): readonly (readonly [string, string])[] {
  return routesOf(command).map((route) => [
    `\`${routeLine(route, locale)}\``,
    route.leaf.summary[locale] + (routeFlags(route).admin ? ` (${adminOnly})` : ''),
  ]);
}
