import type { ResolvedAddress } from '@altum-chat/address';
import { describe, expect, it } from 'vitest';
import { alice, createHarness } from '../../test/runner-harness.ts';
import { defaultRegistry } from '../commands/registry.ts';
import { readMeasure } from '../grammar/measure-reader.ts';
import { planCommand } from '../runner/plan.ts';
import { addressCard, addressPicker, lookupReply } from './address-card.ts';

const damrak: ResolvedAddress = {
  postcode: '1012LG',
  housenumber: 1,
  street: 'Damrak',
  city: 'Amsterdam',
  label: 'Damrak 1, 1012LG Amsterdam',
  source: 'pdok',
};
const prinsengracht: ResolvedAddress = {
  postcode: '1016GV',
  housenumber: 263,
  addition: 'H',
  label: 'Prinsengracht 263-H, 1016GV Amsterdam',
  source: 'pdok',
};

describe('address card', () => {
  it('offers value and energy label with their price, each button carrying its command text', () => {
    const card = addressCard(damrak, 'en');
    expect(card.title).toBe('Damrak 1, 1012LG Amsterdam');
    expect(card.actions).toEqual([
      { type: 'button', id: 'run:value 1012LG 1', label: 'Value (1 credit)' },
      { type: 'button', id: 'run:label 1012LG 1', label: 'Energy label (1 credit)' },
    ]);
    const nl = addressCard(prinsengracht, 'nl');
    expect(nl.actions.map((a) => [a.id, a.type === 'button' ? a.label : ''])).toEqual([
      ['run:value 1016GV 263 H', 'Waarde (1 credit)'],
      ['run:label 1016GV 263 H', 'Energielabel (1 credit)'],
    ]);
  });

  it('no command owns the run prefix, so a card button is never taken for a command action', () => {
    expect(defaultRegistry.forAction('run:value 1012LG 1')).toBeUndefined();
  });

  it('spends nothing until a click, and the click runs the command under the clicker', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const card = addressCard(damrak, 'en');
    expect(h.fake.requests).toHaveLength(0);
    const button = card.actions[0];
    if (button?.type !== 'button') throw new Error('no button');
    const plan = h.runner.plan(alice, { kind: 'action', actionId: button.id });
    expect(plan.command?.name).toBe('value');
    const reply = await h.runner.run(alice, plan);
    expect(reply.kind).toBe('result');
    expect(h.fake.requests.map((r) => [r.operationId, r.body])).toEqual([
      ['avm', expect.objectContaining({ postcode: '1012LG', housenumber: 1 })],
    ]);
  });

  it('picks from several matches with one menu per offer, whose values are command texts', () => {
    const picker = addressPicker([damrak, prinsengracht], 'en');
    expect(picker.actions).toHaveLength(2);
    const [menu] = picker.actions;
    if (menu?.type !== 'select') throw new Error('no menu');
    expect(menu.id).toBe('run:value');
    expect(menu.options).toEqual([
      { label: 'Damrak 1, 1012LG Amsterdam', value: 'value 1012LG 1' },
      { label: 'Prinsengracht 263-H, 1016GV Amsterdam', value: 'value 1016GV 263 H' },
    ]);
    const chosen = planCommand(defaultRegistry, { readMeasure }, alice, {
      kind: 'action',
      actionId: menu.id,
      value: menu.options[1]?.value ?? '',
    });
    expect(chosen.args?.address).toEqual({ postcode: '1016GV', housenumber: 263, addition: 'H' });
  });

  it('says privately when there is no address or no look-up, with an example', () => {
    const none = lookupReply({ kind: 'none', reason: 'not_an_address' }, 'nl');
    expect(none).toMatchObject({ title: 'Geen adres gevonden', private: true, actions: [] });
    expect(none.summary).toContain('Damrak 1 Amsterdam');
    const down = lookupReply({ kind: 'unavailable', reason: 'timeout', input: 'street' }, 'en');
    expect(down.summary).toContain('1071AA 28B');
    expect(
      lookupReply({ kind: 'choices', input: 'street', candidates: [damrak, prinsengracht] }, 'en').title,
    ).toBe('Which address?');
  });
});
