import {
  type Address,
  type AddressProblem,
  checkPostcode,
  normalisePostcode,
  parseAddress,
} from '@altum-chat/core';
import type { ArgumentSpec, CommandDefinition, OptionValue } from '../commands/define-command.ts';
import { usageError } from '../errors/chat-error.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { suggest } from './edit-distance.ts';
import { safeEcho } from './safe-echo.ts';

/** The message that names each address problem, shared by the grammar and batch row checks. */
export const ADDRESS_PROBLEM_MESSAGES: Readonly<Record<AddressProblem, MessageKey>> = {
  missing: 'usage.address.missing',
  postcode_format: 'usage.address.postcodeFormat',
  postcode_reserved: 'usage.address.postcodeReserved',
  housenumber_missing: 'usage.address.housenumberMissing',
  housenumber_range: 'usage.address.housenumberRange',
  addition_format: 'usage.address.additionFormat',
};

/** Parses an address or throws a usage error naming the problem. */
export function readAddress(command: Pick<CommandDefinition, 'name'>, text: string): Address {
  const result = parseAddress(text);
  if (result.ok) return result.address;
  throw usageError(ADDRESS_PROBLEM_MESSAGES[result.problem], { command: command.name });
}

/** `1071 aa` → `1071AA`, or a usage error. */
export function readPostcode(command: Pick<CommandDefinition, 'name'>, text: string): string {
  const postcode = normalisePostcode(text);
  const problem = text.trim() === '' ? 'missing' : checkPostcode(postcode);
  if (problem === undefined) return postcode;
  throw usageError(ADDRESS_PROBLEM_MESSAGES[problem], { command: command.name });
}

/** Reads one value of an `integer`, `string`, `choice` or `postcode` argument. */
export function readValue(
  command: Pick<CommandDefinition, 'name'>,
  spec: ArgumentSpec,
  raw: string,
): OptionValue {
  switch (spec.kind) {
    case 'integer':
      return readInteger(command, spec, raw);
    case 'choice':
      return readChoice(command, spec, raw);
    case 'postcode':
      return readPostcode(command, raw);
    default:
      return raw.trim();
  }
}

function readInteger(command: Pick<CommandDefinition, 'name'>, spec: ArgumentSpec, raw: string): number {
  const text = raw.trim().replace(/[._](?=\d{3}\b)/g, '');
  const value = /^[+-]?\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  const min = spec.min ?? Number.MIN_SAFE_INTEGER;
  const max = spec.max ?? Number.MAX_SAFE_INTEGER;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
  throw usageError('usage.integer', {
    command: command.name,
    params: { name: spec.name, value: safeEcho(raw), min: spec.min ?? '…', max: spec.max ?? '…' },
  });
}

const fold = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s\-_]+/g, '_');

function readChoice(command: Pick<CommandDefinition, 'name'>, spec: ArgumentSpec, raw: string): string {
  const wanted = fold(raw);
  const choices = spec.choices ?? [];
  const match = choices.find((choice) =>
    [choice.value, choice.label.en, choice.label.nl, ...(choice.aliases ?? [])].some(
      (w) => fold(w) === wanted,
    ),
  );
  if (match) return match.value;
  const values = choices.map((c) => c.value);
  throw usageError('usage.choice', {
    command: command.name,
    params: { name: spec.name, value: safeEcho(raw), choices: values.join(', ') },
    suggestions: suggest(raw, values),
  });
}
