import { describe, expect, it } from 'vitest';
import { readAddressInput } from './read-input.ts';

describe('readAddressInput', () => {
  it.each([
    ['1071AA 28B', { postcode: '1071AA', housenumber: 28, addition: 'B' }],
    // The letter keeps the case it was typed in (core's normaliseAddition).
    ['1071 aa 28-b', { postcode: '1071AA', housenumber: 28, addition: 'b' }],
    ['1012LG 1', { postcode: '1012LG', housenumber: 1 }],
  ])('reads %s locally as a postcode address', (text, address) => {
    expect(readAddressInput(text)).toEqual({ kind: 'postcode', address });
  });

  it.each([
    ['Damrak 1 Amsterdam', { words: ['Damrak', 'Amsterdam'], housenumber: 1 }],
    ['Damrak 1, 1012LG', { words: ['Damrak'], housenumber: 1, postcode: '1012LG' }],
    ['Damrak 1, 1012 lg Amsterdam', { words: ['Damrak', 'Amsterdam'], housenumber: 1, postcode: '1012LG' }],
    [
      'Prinsengracht 263-H Amsterdam',
      { words: ['Prinsengracht', 'Amsterdam'], housenumber: 263, suffix: 'H' },
    ],
    [
      'Prinsengracht 263 H Amsterdam',
      { words: ['Prinsengracht', 'Amsterdam'], housenumber: 263, suffix: 'H' },
    ],
    [
      'Amsterdam, Prinsengracht 263h',
      { words: ['Amsterdam', 'Prinsengracht'], housenumber: 263, suffix: 'H' },
    ],
    ['Prinsengracht 263 in Amsterdam', { words: ['Prinsengracht', 'Amsterdam'], housenumber: 263 }],
    [
      '1e Van Swindenstraat 12 Amsterdam',
      { words: ['1e', 'Van', 'Swindenstraat', 'Amsterdam'], housenumber: 12 },
    ],
    ['1012LG 1 Amsterdam', { words: ['Amsterdam'], housenumber: 1, postcode: '1012LG' }],
    ['Kerkstraat 1', { words: ['Kerkstraat'], housenumber: 1 }],
  ])('reads %s as a street address', (text, query) => {
    expect(readAddressInput(text)).toEqual({ kind: 'street', query });
  });

  it('reads 16-digit BAG ids by their type code', () => {
    expect(readAddressInput('0363200000218908')).toEqual({
      kind: 'bag',
      id: '0363200000218908',
      field: 'nummeraanduiding_id',
    });
    expect(readAddressInput('0363010000696734')).toMatchObject({
      kind: 'bag',
      field: 'adresseerbaarobject_id',
    });
    // A pand (type 10) has no single address.
    expect(readAddressInput('0363100012345678')).toEqual({ kind: 'none', reason: 'not_an_address' });
  });

  it('reads a listing link before anything else', () => {
    expect(
      readAddressInput('https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/'),
    ).toEqual({
      kind: 'listing',
      site: 'funda',
      query: { words: ['damrak', 'amsterdam'], housenumber: 1 },
    });
    expect(readAddressInput('https://example.com/a1b2c3d4e5f6a7b8c9d0')).toEqual({
      kind: 'none',
      reason: 'unsupported_url',
    });
  });

  it('keeps the postcode problems the grammar reports today', () => {
    expect(readAddressInput('1000AA 1')).toEqual({
      kind: 'none',
      reason: 'postcode_problem',
      problem: 'postcode_reserved',
    });
    expect(readAddressInput('1071AA')).toEqual({
      kind: 'none',
      reason: 'postcode_problem',
      problem: 'housenumber_missing',
    });
    expect(readAddressInput('')).toEqual({ kind: 'none', reason: 'missing' });
  });

  it('asks for a number when a street has none', () => {
    expect(readAddressInput('Damrak Amsterdam')).toEqual({
      kind: 'none',
      reason: 'no_number',
      understood: 'Damrak Amsterdam',
    });
    expect(readAddressInput('12345')).toEqual({ kind: 'none', reason: 'not_an_address' });
  });
});
