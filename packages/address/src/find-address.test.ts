import { describe, expect, it } from 'vitest';
import { resolverOnFakePdok } from '../test/fake-resolver.ts';
import { findAddressIn } from './find-address.ts';

const setup = () => resolverOnFakePdok({ retries: 0 });

describe('findAddressIn against the fake PDOK', () => {
  it.each([
    'Wat vind je van Damrak 1 in Amsterdam?',
    'zie <https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/|funda>',
    'adres is 1012 lg 1, graag een waarde',
  ])('%s → Damrak 1', async (text) => {
    await using ctx = await setup();
    const found = await findAddressIn(ctx.resolver, text);
    expect(found).toMatchObject({ kind: 'match', address: { postcode: '1012LG', housenumber: 1 } });
  });

  it('offers a choice when the message names a number with two dwellings', async () => {
    await using ctx = await setup();
    const found = await findAddressIn(ctx.resolver, 'wat is Prinsengracht 263 in Amsterdam waard?');
    if (found.kind !== 'choices') throw new Error(`expected choices, got ${found.kind}`);
    expect(found.candidates.map((c) => c.label).sort()).toEqual([
      'Prinsengracht 263-1, 1016GV Amsterdam',
      'Prinsengracht 263H, 1016GV Amsterdam',
    ]);
  });

  it('says none for a message without an address, and unavailable when PDOK is down', async () => {
    await using ctx = await setup();
    expect(await findAddressIn(ctx.resolver, 'lunch om twaalf?')).toEqual({
      kind: 'none',
      reason: 'not_an_address',
    });
    ctx.pdok.inject({ status: 503, times: 10 });
    expect(await findAddressIn(ctx.resolver, 'wat is Damrak 1 in Amsterdam waard')).toMatchObject({
      kind: 'unavailable',
    });
  });
});
