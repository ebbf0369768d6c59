import type { Address } from '@altum-chat/core';
import type {
  ArgumentSpec,
  CommandDefinition,
  MeasureSetting,
  OptionValue,
  ParsedArgs,
} from '../commands/define-command.ts';
import { usageError } from '../errors/chat-error.ts';
import { markup } from '../i18n/translate.ts';
import { readAddressArg } from './address-arg.ts';
import { readAddress, readValue } from './arg-values.ts';
import { suggest } from './edit-distance.ts';
import { levelWordsLike } from './level-words.ts';
import type { MeasureReader } from './measures.ts';
import { safeEcho } from './safe-echo.ts';

/** Names an address's parts go by when given one by one (Discord options, `postcode=…` in text). */
const ADDRESS_PARTS = {
  postcode: ['postcode', 'zip'],
  number: ['number', 'housenumber', 'huisnummer', 'nummer', 'nr'],
  addition: ['addition', 'houseaddition', 'toevoeging', 'huisletter'],
} as const;

type AddressPart = keyof typeof ADDRESS_PARTS;

function addressPartOf(name: string): AddressPart | undefined {
  for (const part of Object.keys(ADDRESS_PARTS) as AddressPart[]) {
    if ((ADDRESS_PARTS[part] as readonly string[]).includes(name)) return part;
  }
  return undefined;
}

/** Collects argument values from text or typed options and checks them into one `ParsedArgs`. */
export interface ArgsBuilder {
  /** A `name=value` pair or a typed option. */
  named(name: string, value: string): void;
  /** A value for a known argument, read positionally. */
  positional(spec: ArgumentSpec, value: string): void;
  /** The address as typed (`1071AA 28B`, `Damrak 1 Amsterdam`, a BAG id or a listing link). */
  address(text: string): void;
  finish(): ParsedArgs;
}

/**
 * `args` are the arguments of the route being read (the command's own, or its subcommand's);
 * `path` the route's subcommand words, carried into `ParsedArgs`.
 */
export function createArgsBuilder(
  command: Pick<CommandDefinition, 'name'>,
  args: readonly ArgumentSpec[],
  path: readonly string[],
  readMeasure: MeasureReader,
): ArgsBuilder {
  const options: Record<string, OptionValue> = {};
  const measures: MeasureSetting[] = [];
  const parts: Partial<Record<AddressPart, string>> = {};
  const addressSpec = args.find((a) => a.kind === 'address');
  const measureSpec = args.find((a) => a.kind === 'measures');
  let address: Address | undefined;
  /** Free text, a BAG id or a link: the runner resolves it after the ack. */
  let addressText: string | undefined;
  const readAddressText = (text: string) => {
    const read = readAddressArg(command, text);
    if ('address' in read) address = read.address;
    else addressText = read.text;
  };

  const specFor = (name: string) =>
    args.find(
      (a) => a.kind !== 'address' && a.kind !== 'measures' && (a.name === name || a.aliases?.includes(name)),
    );

  const set = (spec: ArgumentSpec, value: string) => {
    if (options[spec.name] !== undefined) {
      throw usageError('usage.duplicate', { command: command.name, params: { name: spec.name } });
    }
    options[spec.name] = readValue(command, spec, value);
  };

  const measure = (name: string, value: string) => {
    const result = readMeasure(name, value);
    if (result.ok) {
      const { key } = result.setting;
      if (measures.some((m) => m.key === key)) {
        throw usageError('usage.duplicate', { command: command.name, params: { name: key } });
      }
      measures.push(result.setting);
      options[key] = result.setting.level;
      return;
    }
    if (result.reason === 'unknown_measure') throw unknownArgument(name, result.validWords);
    if (result.reason === 'undescribed_level') {
      throw usageError('usage.measure.level', {
        command: command.name,
        params: {
          name: safeEcho(name),
          value: safeEcho(value),
          levels: result.levels ?? result.validWords.join(', '),
        },
      });
    }
    if (result.reason === 'out_of_range') {
      throw usageError('usage.measure.range', {
        command: command.name,
        params: {
          name: safeEcho(name),
          value: safeEcho(value),
          min: result.min ?? '…',
          max: result.max ?? '…',
        },
      });
    }
    // Correct in the words the user typed: `gevel=goedd` → `gevel=goed`, not `wall_insulation=good`.
    const like = levelWordsLike(name, value);
    const words = (like?.words ?? result.validWords).map((word) => `\`${word}\``);
    const suggestion = like ? like.suggestion : result.suggestion;
    // The name as typed when it is a plain word (safe to echo); otherwise the measure's key.
    const typedName = /^[\p{L}\d_-]+$/u.test(name) ? name : (result.measure ?? safeEcho(name));
    throw usageError('usage.measure.word', {
      command: command.name,
      params: { name: typedName, value: safeEcho(value), words: markup(words.join(', ')) },
      suggestions: suggestion === undefined ? [] : [`${typedName}=${suggestion}`],
    });
  };

  const unknownArgument = (name: string, extra: readonly string[] = []) => {
    const names = args.filter((a) => a.kind !== 'measures').map((a) => a.name);
    const candidates = [...names, ...(addressSpec ? Object.keys(ADDRESS_PARTS) : []), ...extra];
    return usageError('usage.unknownArgument', {
      command: command.name,
      params: { name: safeEcho(name) },
      suggestions: suggest(name, candidates),
    });
  };

  return {
    named(rawName, value) {
      const name = rawName.trim().toLowerCase();
      const spec = specFor(name);
      if (spec) return set(spec, value);
      if (addressSpec && (name === addressSpec.name || addressSpec.aliases?.includes(name))) {
        if (address || addressText) {
          throw usageError('usage.duplicate', { command: command.name, params: { name } });
        }
        readAddressText(value);
        return;
      }
      const part = addressSpec ? addressPartOf(name) : undefined;
      if (part) {
        if (parts[part] !== undefined || address || addressText) {
          throw usageError('usage.duplicate', { command: command.name, params: { name: part } });
        }
        parts[part] = value;
        return;
      }
      if (measureSpec) return measure(name, value);
      throw unknownArgument(name);
    },
    positional: set,
    address: readAddressText,
    finish() {
      if (!address && Object.keys(parts).length > 0) {
        address = readAddress(
          command,
          [parts.postcode, parts.number, parts.addition].filter(Boolean).join(' '),
        );
      }
      if (address) {
        options.postcode = address.postcode;
        options.number = address.housenumber;
        if (address.addition !== undefined) options.addition = address.addition;
      }
      for (const spec of args) {
        if (!spec.required) continue;
        if (spec.kind === 'address' && !address && addressText === undefined) readAddress(command, '');
        if (spec.kind !== 'address' && spec.kind !== 'measures' && options[spec.name] === undefined) {
          throw usageError('usage.missingArgument', { command: command.name, params: { name: spec.name } });
        }
      }
      if (address) return { command: command.name, path, options, address, measures };
      return addressText === undefined
        ? { command: command.name, path, options, measures }
        : { command: command.name, path, options, addressText, measures };
    },
  };
}
