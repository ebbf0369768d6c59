import { createMemoryCache } from '@altum-chat/core';
import { findPdokDemo, startFakePdok } from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { resolverOnFakePdok } from '../test/fake-resolver.ts';
import { createAddressResolver, toAltumAddress } from './create-resolver.ts';
import type { Resolution } from './types.ts';

const setup = resolverOnFakePdok;

function altum(resolution: Resolution) {
  if (resolution.kind !== 'match') throw new Error(`expected a match, got ${JSON.stringify(resolution)}`);
  return toAltumAddress(resolution.address);
}

describe('createAddressResolver against the fake PDOK', () => {
  const damrak = findPdokDemo('1012LG', 1);

  it.each([
    'Damrak 1 Amsterdam',
    'damrak 1, 1012LG',
    'Amsterdam, Damrak 1',
    damrak.nummeraanduiding_id,
    damrak.adresseerbaarobject_id,
    'https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/',
    'https://www.jaap.nl/koophuizen/noord+holland/groot-amsterdam/amsterdam/1012lg/damrak+1/12345678/overzicht',
  ])('%s → 1012LG 1', async (text) => {
    await using ctx = await setup();
    const resolution = await ctx.resolver.resolveAddress(text);
    expect(altum(resolution)).toEqual({ postcode: '1012LG', housenumber: 1 });
    expect(resolution).toMatchObject({
      address: {
        street: 'Damrak',
        city: 'Amsterdam',
        bagId: damrak.nummeraanduiding_id,
        source: 'pdok',
      },
    });
  });

  it('reads the postcode form locally, without asking PDOK', async () => {
    await using ctx = await setup();
    const resolution = await ctx.resolver.resolveAddress('1071AA 28B');
    expect(resolution).toEqual({
      kind: 'match',
      input: 'postcode',
      address: { postcode: '1071AA', housenumber: 28, addition: 'B', label: '1071AA 28-B', source: 'local' },
    });
    expect(ctx.pdok.requests).toHaveLength(0);
  });

  it('takes letters and additions as typed', async () => {
    await using ctx = await setup();
    expect(altum(await ctx.resolver.resolveAddress('Prinsengracht 263-H Amsterdam'))).toEqual({
      postcode: '1016GV',
      housenumber: 263,
      addition: 'H',
    });
    expect(altum(await ctx.resolver.resolveAddress('Binnenhof 1A Den Haag'))).toEqual({
      postcode: '2513AA',
      housenumber: 1,
      addition: 'A',
    });
  });

  it('offers a choice, best first, when the text names several addresses', async () => {
    await using ctx = await setup();
    const kerkstraat = await ctx.resolver.resolveAddress('Kerkstraat 1');
    expect(kerkstraat.kind).toBe('choices');
    if (kerkstraat.kind !== 'choices') return;
    expect(kerkstraat.candidates.map((c) => c.city).sort()).toEqual([
      "'s-Hertogenbosch",
      'Amsterdam',
      'Eindhoven',
      'Hilversum',
    ]);
    const limited = await ctx.resolver.resolveAddress('Kerkstraat 1', { limit: 2 });
    expect(limited.kind === 'choices' && limited.candidates).toHaveLength(2);
    // No addition typed, but 263 only exists as 263-H and 263-1: ask, don't guess.
    const prinsengracht = await ctx.resolver.resolveAddress('Prinsengracht 263 Amsterdam');
    expect(
      prinsengracht.kind === 'choices' && prinsengracht.candidates.map((c) => toAltumAddress(c).addition),
    ).toEqual(['1', 'H']);
    expect(altum(await ctx.resolver.resolveAddress('Kerkstr 1 Hilversum'))).toEqual({
      postcode: '1211CL',
      housenumber: 1,
    });
    expect(altum(await ctx.resolver.resolveAddress('Kerkstraat 1 den bosch'))).toEqual({
      postcode: '5211KH',
      housenumber: 1,
    });
  });

  it('says so when nothing matches', async () => {
    await using ctx = await setup();
    expect(await ctx.resolver.resolveAddress('Nergensweg 12 Atlantis')).toEqual({
      kind: 'none',
      reason: 'not_found',
      input: 'street',
    });
    expect(await ctx.resolver.resolveAddress('0363200099999999')).toEqual({
      kind: 'none',
      reason: 'not_found',
      input: 'bag',
    });
  });

  it('answers repeated look-ups from the cache', async () => {
    await using ctx = await setup();
    await ctx.resolver.resolveAddress('Damrak 1 Amsterdam');
    await ctx.resolver.resolveAddress('Damrak 1 Amsterdam');
    expect(ctx.pdok.requests).toHaveLength(1);
  });

  it('shares look-ups through a given cache', async () => {
    await using pdok = await startFakePdok();
    const cache = createMemoryCache();
    const first = createAddressResolver({ baseUrl: pdok.url, cache });
    const second = createAddressResolver({ baseUrl: pdok.url, cache });
    await first.resolveAddress('Damrak 1 Amsterdam');
    expect(altum(await second.resolveAddress('Damrak 1 Amsterdam'))).toEqual({
      postcode: '1012LG',
      housenumber: 1,
    });
    expect(pdok.requests).toHaveLength(1);
    await Promise.all([first.close(), second.close()]);
  });

  it('only sends parameters v3.1 accepts', async () => {
    await using ctx = await setup();
    await ctx.resolver.resolveAddress('Damrak 1 Amsterdam');
    await ctx.resolver.resolveAddress('0363200000218908');
    await ctx.resolver.suggestAddresses('Damrak 1');
    expect(ctx.pdok.requests.map((r) => r.status)).toEqual([200, 200, 200]);
    expect([...(ctx.pdok.requests[0]?.params.keys() ?? [])].sort()).toEqual(['fl', 'fq', 'fq', 'q', 'rows']);
  });
});

describe('when PDOK is slow, down or off', () => {
  it('retries once, then says the look-up is unavailable', async () => {
    await using ctx = await setup();
    ctx.pdok.inject({ status: 503, times: 2 });
    expect(await ctx.resolver.resolveAddress('Damrak 1 Amsterdam')).toEqual({
      kind: 'unavailable',
      reason: 'upstream',
      input: 'street',
    });
    expect(ctx.pdok.requests).toHaveLength(2);
    ctx.pdok.inject({ status: 503 });
    expect(altum(await ctx.resolver.resolveAddress('Damrak 1 Amsterdam'))).toEqual({
      postcode: '1012LG',
      housenumber: 1,
    });
  });

  it('gives up at the deadline', async () => {
    await using ctx = await setup({ timeoutMs: 150 });
    ctx.pdok.inject({ hang: true, times: 3 });
    expect(await ctx.resolver.resolveAddress('Damrak 1 Amsterdam')).toMatchObject({
      kind: 'unavailable',
      reason: 'timeout',
    });
  });

  it('never blocks an address that has a postcode', async () => {
    await using ctx = await setup({ timeoutMs: 150 });
    ctx.pdok.inject({ hang: true, times: 3 });
    expect(altum(await ctx.resolver.resolveAddress('Damrak 1, 1012LG'))).toEqual({
      postcode: '1012LG',
      housenumber: 1,
    });
    const off = createAddressResolver({ baseUrl: 'off' });
    expect(off.enabled).toBe(false);
    expect(altum(await off.resolveAddress('Damrak 1, 1012LG'))).toEqual({
      postcode: '1012LG',
      housenumber: 1,
    });
    expect(altum(await off.resolveAddress('1012LG 1'))).toEqual({ postcode: '1012LG', housenumber: 1 });
    expect(await off.resolveAddress('Damrak 1 Amsterdam')).toEqual({
      kind: 'unavailable',
      reason: 'disabled',
      input: 'street',
    });
    expect(await off.suggestAddresses('Damrak')).toEqual({ ok: false, reason: 'disabled' });
  });

  it('reports a refused connection as a network failure', async () => {
    const pdok = await startFakePdok();
    const url = pdok.url;
    await pdok.close();
    const resolver = createAddressResolver({ baseUrl: url, retries: 0 });
    expect(await resolver.resolveAddress('Damrak 1 Amsterdam')).toMatchObject({
      kind: 'unavailable',
      reason: 'network',
    });
    await resolver.close();
  });
});

describe('suggestAddresses', () => {
  it('suggests from /suggest, each label resolving to its address', async () => {
    await using ctx = await setup();
    const result = await ctx.resolver.suggestAddresses('Kerkstraat 1');
    expect(result.ok && result.suggestions.length).toBe(4);
    const damrak = await ctx.resolver.suggestAddresses('Damrak');
    if (!damrak.ok) throw new Error('expected suggestions');
    expect(damrak.suggestions[0]?.label).toBe('Damrak 1, 1012LG Amsterdam');
    expect(damrak.suggestions[0]?.address).toMatchObject({ postcode: '1012LG', housenumber: 1 });
    expect(altum(await ctx.resolver.resolveAddress(damrak.suggestions[0]?.label ?? ''))).toEqual({
      postcode: '1012LG',
      housenumber: 1,
    });
    expect(await ctx.resolver.suggestAddresses('D')).toEqual({ ok: true, suggestions: [] });
  });
});
