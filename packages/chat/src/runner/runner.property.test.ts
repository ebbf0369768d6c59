import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/runner-harness.ts';
import { defaultRegistry } from '../commands/registry.ts';
import { isChatError } from '../errors/chat-error.ts';
import { readMeasure } from '../grammar/measure-reader.ts';
import { parseOptions } from '../grammar/parse-options.ts';
import { parseText } from '../grammar/parse-text.ts';
import { catalogues } from '../i18n/translate.ts';
import type { CommandInput, Requester } from './types.ts';

const RUNS = 10_000;
const grammar = { readMeasure };
const commandWord = fc.constantFrom(...defaultRegistry.words);

/** A command word with one character dropped, doubled or swapped: the typos "did you mean" is for. */
const nearMiss = fc
  .tuple(commandWord, fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'upper'))
  .map(([w, n, how]) => {
    const i = n % w.length;
    if (how === 'drop') return w.slice(0, i) + w.slice(i + 1);
    if (how === 'double') return w.slice(0, i) + (w[i] ?? '') + w.slice(i);
    if (how === 'upper') return w.toUpperCase();
    return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
  });

const address = fc.oneof(
  fc.constantFrom(
    '1071AA 28B',
    '1071 aa 28-b',
    '1071AA 28 B',
    '9999ZZ 1',
    '1017CE 101 A02',
    '1005AB 1',
    '1071AA',
    '1071AA 0',
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 99_999 }),
      fc.stringMatching(/^[A-Za-z]{0,3}$/),
      fc.integer({ min: -5, max: 200_000 }),
      fc.stringMatching(/^[-A-Za-z0-9 ]{0,4}$/),
    )
    .map(([digits, letters, number, addition]) => `${digits} ${letters} ${number}${addition}`),
);

const namedPair = fc
  .tuple(
    fc.constantFrom(
      'target',
      'doel',
      'wall_insulation',
      'gevel',
      'glas',
      'solar_panels',
      'installation',
      'hours',
      'period',
      'traget',
      'postcode',
      'number',
      'addition',
      'x',
      '',
    ),
    fc.oneof(
      fc.constantFrom('A', 'A++', 'good', 'goed', '4', '0', '-1', '999', 'goood', 'hr++', ''),
      fc.string({ maxLength: 12 }),
    ),
  )
  .map(([name, value]) => `${name}=${value}`);

const structured = fc
  .tuple(
    fc.oneof(commandWord, nearMiss),
    fc.option(address),
    fc.array(fc.oneof(namedPair, fc.string({ maxLength: 10 }), commandWord), { maxLength: 4 }),
  )
  .map(([word, where, rest]) => [word, where ?? '', ...rest].join(' '));

const randomText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ minLength: 1_990, maxLength: 2_010, unit: 'grapheme-ascii' }),
  fc.constantFrom(
    '',
    ' ',
    '\n\t',
    '/altum',
    'altum help',
    '\u0000',
    '😀 1071AA 28',
    'help '.repeat(600),
    'x'.repeat(100_000),
  ),
);

const text = fc.oneof({ weight: 3, arbitrary: structured }, { weight: 2, arbitrary: randomText });

const typedOptions = fc.record({
  command: fc.oneof(commandWord, nearMiss, fc.string({ maxLength: 10 })),
  options: fc.dictionary(
    fc.oneof(
      fc.constantFrom(
        'postcode',
        'number',
        'addition',
        'target',
        'wall_insulation',
        'solar_panels',
        'hours',
        'action',
        'more',
        'setting',
        'value',
        'command',
        'period',
      ),
      fc.string({ maxLength: 8 }),
    ),
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(undefined),
      fc.constantFrom('1071AA', '28', 'B', 'A', 'good'),
    ),
    { maxKeys: 5 },
  ),
});

const input: fc.Arbitrary<CommandInput> = fc.oneof(
  { weight: 6, arbitrary: text.map((t) => ({ kind: 'text', text: t }) as CommandInput) },
  { weight: 3, arbitrary: typedOptions.map((o) => ({ kind: 'options', ...o }) as CommandInput) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('key:', 'delta:', 'value:', 'nope:', '', ':'),
        fc.string({ maxLength: 40 }),
        fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
      )
      .map(
        ([prefix, ref, value]) =>
          (value === undefined
            ? { kind: 'action', actionId: prefix + ref }
            : { kind: 'action', actionId: prefix + ref, value }) as CommandInput,
      ),
  },
);

const requester: fc.Arbitrary<Requester> = fc.record({
  platform: fc.constantFrom('slack', 'discord', 'playground'),
  teamId: fc.constantFrom('T1', 'G1'),
  userId: fc.constantFrom('U1', 'U2'),
  locale: fc.constantFrom('nl', 'en-US', 'de', ''),
  isAdmin: fc.boolean(),
});

describe('property: any input', () => {
  // A shared 2-core machine under load needs more than the default 5 s for 10,000 parses.
  it(`parses ${RUNS} inputs into a command or a ChatError with a catalogued message`, {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text.map((t) => ({ kind: 'text' as const, t })),
          typedOptions.map((o) => ({ kind: 'options' as const, o })),
        ),
        (sample) => {
          try {
            const parsed =
              sample.kind === 'text'
                ? parseText(sample.t, defaultRegistry, grammar)
                : parseOptions(sample.o.command, sample.o.options, defaultRegistry, grammar);
            expect(defaultRegistry.get(parsed.command.name)).toBe(parsed.command);
          } catch (error) {
            if (!isChatError(error)) throw error;
            expect(Object.hasOwn(catalogues.en, error.messageKey)).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`runs ${RUNS} inputs: never throws, each ends in a call or a usage reply`, {
    timeout: 240_000,
  }, async () => {
    await using h = await createHarness({ deploymentKey: true, cache: true });
    const withoutOperations = new Set<string>(
      defaultRegistry.commands.filter((c) => c.operations.length === 0).map((c) => c.replyKind ?? 'result'),
    );
    const outcomes = { usage: 0, call: 0, local: 0 };
    await fc.assert(
      fc.asyncProperty(requester, input, async (who, sample) => {
        const before = h.client.calls.length;
        const reply = await h.runner.run(who, sample);
        expect(typeof reply.title).toBe('string');
        expect(reply.footer?.reference).toMatch(/^[0-9A-Z]{8}$/);
        expect(reply.title).not.toBe('Something went wrong');
        expect(reply.title).not.toBe('Er ging iets mis');
        if (reply.kind === 'usage') {
          expect(reply.fields.some((f) => f.label === 'Example' || f.label === 'Voorbeeld')).toBe(true);
          outcomes.usage++;
        } else if (h.client.calls.length > before) {
          expect(reply.kind).not.toBe('picker');
          outcomes.call++;
        } else if (reply.kind === 'picker') {
          // Several addresses matched a typed street: a question, and nothing sent to Altum.
          outcomes.local++;
        } else {
          // Commands that never call Altum (help, key, usage, settings) answer locally, or refuse non-admins.
          const local =
            withoutOperations.has(reply.kind) ||
            ['Admins only', 'Alleen voor beheerders'].includes(reply.title);
          expect(local, JSON.stringify({ sample, reply: reply.title })).toBe(true);
          outcomes.local++;
        }
      }),
      { numRuns: RUNS },
    );
    expect(outcomes.usage + outcomes.call + outcomes.local).toBe(RUNS);
    expect(outcomes.call).toBeGreaterThan(100);
    expect(outcomes.usage).toBeGreaterThan(1_000);
  });
});
