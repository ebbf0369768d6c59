import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../commands/registry.ts';
import { ChatError } from '../errors/chat-error.ts';
import { readMeasure } from './measure-reader.ts';
import { parseOptions } from './parse-options.ts';
import { parseText } from './parse-text.ts';

const grammar = { readMeasure };
const parse = (text: string) => parseText(text, defaultRegistry, grammar);
const failure = (text: string): ChatError => {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ChatError) return error;
    throw error;
  }
  throw new Error(`expected "${text}" to fail`);
};

describe('parseText', () => {
  it.each([
    ['value 1071AA 28B', { postcode: '1071AA', number: 28, addition: 'B' }],
    ['waarde 1071 aa 28-b', { postcode: '1071AA', number: 28, addition: 'b' }],
    ['value 1071AA 28 B', { postcode: '1071AA', number: 28, addition: 'B' }],
    ['/altum WOZ 1071aa 28', { postcode: '1071AA', number: 28 }],
    ['value postcode=1071AA number=28 addition=b', { postcode: '1071AA', number: 28, addition: 'b' }],
  ] as [string, { postcode: string; number: number; addition?: string }][])(
    'reads the address in %s',
    (text, options) => {
      const { command, args } = parse(text);
      expect(['value', 'woz']).toContain(command.name);
      expect(args.options).toEqual(options);
      expect(args.address).toEqual({
        postcode: options.postcode,
        housenumber: options.number,
        ...(options.addition ? { addition: options.addition } : {}),
      });
    },
  );

  it('reads measures through the core vocabulary, Dutch names and words included', () => {
    const { command, args } = parse('delta 1071AA 28 wall_insulation=4 floor_insulation=3 solar_panels=8');
    expect(command.name).toBe('delta');
    expect(args.measures).toEqual([
      { key: 'wall_insulation', level: 4, word: 'very_good' },
      { key: 'floor_insulation', level: 3, word: 'good' },
      { key: 'solar_panels', level: 8 },
    ]);
    expect(args.options).toMatchObject({ wall_insulation: 4, floor_insulation: 3, solar_panels: 8 });
    const dutch = parse('watals 1071AA 28 gevel=goed glas = hr++');
    expect(dutch.args.measures.map((m) => [m.key, m.level])).toEqual([
      ['wall_insulation', 3],
      ['living_room_windows', 3],
    ]);
  });

  it('reads advice targets, help topics and sub-commands', () => {
    expect(parse('advice 1071AA 28 target=A').args.options).toMatchObject({ target: 'A' });
    expect(parse('help delta').args.options).toEqual({ command: 'delta' });
    expect(parse('key status').args.path).toEqual(['status']);
    expect(parse('settings language en').args).toMatchObject({
      path: ['language', 'set'],
      options: { language: 'en' },
    });
    expect(parse('instellingen taal nl').args).toMatchObject({
      path: ['language', 'set'],
      options: { language: 'nl' },
    });
    expect(parse('credits 168').args.options).toEqual({ hours: 168 });
    expect(parse('').command.name).toBe('help');
  });

  it('suggests the command that was meant', () => {
    const error = failure('vlaue 1071AA 28');
    expect(error.kind).toBe('unknown_command');
    expect(error.suggestions).toContain('value');
    expect(failure('wааrde 1071AA 28').kind).toBe('unknown_command');
    expect(failure('tranzacties 1071AA 28').suggestions).toContain('transacties');
  });

  it('suggests arguments and measure levels that were meant', () => {
    const argument = failure('advice 1071AA 28 traget=A');
    expect(argument).toMatchObject({ kind: 'usage', messageKey: 'usage.unknownArgument', command: 'advice' });
    expect(argument.suggestions).toContain('target');
    const level = failure('delta 1071AA 28 wall_insulation=goood');
    expect(level.messageKey).toBe('usage.measure.word');
    expect(level.suggestions).toEqual(['wall_insulation=good']);
    expect(failure('delta 1071AA 28 wall_insulation=9').messageKey).toBe('usage.measure.range');
  });

  it.each([
    ['value', 'usage.address.missing'],
    ['value 1071', 'usage.address.postcodeFormat'],
    ['value 1005AB 1', 'usage.address.postcodeReserved'],
    ['value 1071AA', 'usage.address.housenumberMissing'],
    ['value 1071AA 0', 'usage.address.housenumberRange'],
    ['credits 0', 'usage.integer'],
    ['credits 1 2', 'usage.extraText'],
    ['delta 1071AA 28 wall=3 gevel=2', 'usage.duplicate'],
  ])('explains what is wrong with "%s"', (text, messageKey) => {
    expect(failure(text)).toMatchObject({ kind: 'usage', messageKey });
  });

  it('never echoes a key-like word in an error', () => {
    const secret = 'm2ipzWVV3e9yPU9TduqpY4oZTbcEHCGj31GLVLYB';
    for (const text of [
      secret,
      `value ${secret}`,
      `key ${secret}`,
      `credits ${secret}`,
      `delta 1071AA 1 ${secret}=2`,
    ]) {
      expect(JSON.stringify(failure(text))).not.toContain(secret);
    }
  });
});

describe('parseOptions', () => {
  it('maps Discord options to the same arguments as text', () => {
    const typed = parseOptions(
      'delta',
      { postcode: '1071 aa', number: 28, addition: 'B', wall_insulation: 4, solar_panels: 8 },
      defaultRegistry,
      grammar,
    );
    const text = parse('delta 1071AA 28B wall_insulation=4 solar_panels=8');
    expect(typed.args).toEqual(text.args);
  });

  it('checks typed options like text', () => {
    expect(() => parseOptions('value', { postcode: '1071AA' }, defaultRegistry, grammar)).toThrow(ChatError);
    expect(() => parseOptions('valeu', {}, defaultRegistry, grammar)).toThrow(ChatError);
    expect(
      parseOptions('waarde', { postcode: '1071AA', number: 28 }, defaultRegistry, grammar).command.name,
    ).toBe('value');
  });
});
