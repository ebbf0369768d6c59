import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../commands/registry.ts';
import { runActionId } from '../conversation/run-action.ts';
import { ChatError } from '../errors/chat-error.ts';
import { PICK_ACTION_ID } from '../runner/address-picker.ts';
import { planCommand } from '../runner/plan.ts';
import { commandText } from './command-text.ts';
import { readMeasure } from './measure-reader.ts';
import { parseOptions } from './parse-options.ts';
import { parseText } from './parse-text.ts';

const grammar = { readMeasure };
const parse = (text: string) => parseText(text, defaultRegistry, grammar).args;
const failure = (text: string): ChatError => {
  try {
    parseText(text, defaultRegistry, grammar);
  } catch (error) {
    if (error instanceof ChatError) return error;
    throw error;
  }
  throw new Error(`${text} parsed`);
};
const FUNDA = 'https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/';
const user = { platform: 'slack', teamId: 'T1', userId: 'U1' } as const;
const plan = (text: string) => planCommand(defaultRegistry, grammar, user, { kind: 'text', text });

describe('the <address> argument', () => {
  it.each([
    ['value Damrak 1 Amsterdam', 'Damrak 1 Amsterdam'],
    ['waarde Damrak 1, 1012LG', 'Damrak 1, 1012LG'],
    ['value Prinsengracht 263-H Amsterdam', 'Prinsengracht 263-H Amsterdam'],
    [
      'woz Burgemeester van Walsumweg 12 A, 3011 MA Rotterdam',
      'Burgemeester van Walsumweg 12 A, 3011 MA Rotterdam',
    ],
    [`value ${FUNDA}`, FUNDA],
    [`value <${FUNDA}|funda>`, `<${FUNDA}|funda>`],
    ['value 0363200000218908', '0363200000218908'],
    ['value 1012LG 1 Amsterdam', '1012LG 1 Amsterdam'],
  ])('%s leaves %j for the look-up after the ack', (text, addressText) => {
    const args = parse(text);
    expect(args.addressText).toBe(addressText);
    expect(args.address).toBeUndefined();
    expect(args.options.postcode).toBeUndefined();
  });

  it.each([
    ['value 1071AA 28B', { postcode: '1071AA', housenumber: 28, addition: 'B' }],
    ['waarde 1071 aa 28-b', { postcode: '1071AA', housenumber: 28, addition: 'b' }],
    ['value 1017CE 101 A02', { postcode: '1017CE', housenumber: 101, addition: 'A02' }],
  ])('%s is read locally, as before', (text, address) => {
    const args = parse(text);
    expect(args.address).toEqual(address);
    expect(args.addressText).toBeUndefined();
  });

  it('leaves a choice after free text to its argument, named or not', () => {
    for (const text of ['label Damrak 1 Amsterdam apartment', 'label Damrak 1 Amsterdam type=apartment']) {
      const args = parse(text);
      expect(args.addressText).toBe('Damrak 1 Amsterdam');
      expect(args.options.type).toBe('apartment');
    }
    expect(parse('advice Damrak 1 Amsterdam doel=B')).toMatchObject({
      addressText: 'Damrak 1 Amsterdam',
      options: { target: 'B' },
    });
  });

  it('takes an address option (Discord) the same way as text', () => {
    const typed = parseOptions('value', { address: 'Damrak 1 Amsterdam' }, defaultRegistry, grammar);
    expect(typed.args).toEqual(parse('value Damrak 1 Amsterdam'));
    expect(() =>
      parseOptions('value', { address: 'Damrak 1', postcode: '1012LG' }, defaultRegistry, grammar),
    ).toThrow(ChatError);
  });

  it.each([
    ['value Damrak Amsterdam', 'usage.address.noNumber'],
    ['value https://example.com/some/page', 'usage.address.unsupportedUrl'],
    ['value ???', 'usage.address.unreadable'],
    ['value 1071A 28', 'usage.address.postcodeFormat'],
    ['value 1071', 'usage.address.postcodeFormat'],
    ['value 1071AA', 'usage.address.housenumberMissing'],
  ])('explains what is wrong with "%s"', (text, messageKey) => {
    expect(failure(text)).toMatchObject({ kind: 'usage', messageKey, command: 'value' });
  });

  it('writes a resolved or typed address back as text that parses the same', () => {
    for (const text of ['value Damrak 1 Amsterdam', 'label Damrak 1 Amsterdam type=apartment']) {
      expect(parse(commandText(parse(text)))).toEqual(parse(text));
    }
  });
});

describe('links are addresses, keys are still refused', () => {
  const KEY = 'm2ipzWVV3e9yPU9TduqpY4oZTbcEHCGj31GLVLYB';

  it.each([
    FUNDA,
    'https://www.funda.nl/koop/verkocht/tiel/huis-42352883-dr-schaepmanstraat-47/',
    'https://www.pararius.nl/appartement-te-huur/amsterdam/5e5b0bd4/prinsengracht-263',
    'https://www.jaap.nl/koophuizen/noord+holland/groot-amsterdam/amsterdam/1012lg/damrak+1/12345678/overzicht',
    'https://huispedia.nl/amsterdam/1012lg/damrak/1',
    'www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/?utm_source=aBcDeFgHiJkLmNoP1234',
  ])('%s is planned as an address, not refused as a key', (url) => {
    const planned = plan(`value ${url}`);
    expect(planned.failed).toBe(false);
    expect(planned.resolvesAddress).toBe(true);
  });

  it('refuses a real key anywhere outside a link, with or without a link beside it', () => {
    for (const text of [`value ${KEY}`, `value ${FUNDA} ${KEY}`, `value Damrak 1 ${KEY}`, KEY]) {
      const planned = plan(text);
      expect(planned.failed, text).toBe(true);
      expect(JSON.stringify(planned)).not.toContain(KEY);
    }
  });

  it('plans a picked option or a card button exactly like the typed text', () => {
    const picked = planCommand(defaultRegistry, grammar, user, {
      kind: 'action',
      actionId: PICK_ACTION_ID,
      value: 'value 1012LG 1',
    });
    expect(picked).toMatchObject({ failed: false, resolvesAddress: false, command: { name: 'value' } });
    expect(picked.args).toEqual(parse('value 1012LG 1'));
    const id = runActionId('label 1012LG 1');
    expect(id).toBe('run:label 1012LG 1');
    const button = planCommand(defaultRegistry, grammar, user, { kind: 'action', actionId: id ?? '' });
    expect(button.args).toEqual(parse('label 1012LG 1'));
    expect(runActionId(`value ${'x'.repeat(100)}`)).toBeUndefined();
    // A key in a picked value is refused like a typed one.
    const keyed = planCommand(defaultRegistry, grammar, user, {
      kind: 'action',
      actionId: PICK_ACTION_ID,
      value: `value ${KEY}`,
    });
    expect(keyed.failed).toBe(true);
  });
});
