import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPostcode,
  formatAddress,
  normalisePostcode,
  POSTCODE_PATTERN,
  parseAddress,
} from './address.ts';

describe('parseAddress', () => {
  it.each([
    ['1071AA 28B', { postcode: '1071AA', housenumber: 28, addition: 'B' }],
    ['1071 aa 28-b', { postcode: '1071AA', housenumber: 28, addition: 'b' }],
    ['1071AA 28 B', { postcode: '1071AA', housenumber: 28, addition: 'B' }],
    ['1071aa 28', { postcode: '1071AA', housenumber: 28 }],
    ['  2771 DS, 87 ', { postcode: '2771DS', housenumber: 87 }],
    ['1234AB 5 A02', { postcode: '1234AB', housenumber: 5, addition: 'A02' }],
    ['1234AB 5 hs+1', { postcode: '1234AB', housenumber: 5, addition: 'hs+1' }],
    ['1234AB 10/2', { postcode: '1234AB', housenumber: 10, addition: '2' }],
  ])('%s', (text, expected) => {
    expect(parseAddress(text)).toEqual({ ok: true, address: expected });
  });

  it.each([
    ['', 'missing'],
    ['1071A 28', 'postcode_format'],
    ['0123AB 28', 'postcode_format'],
    ['1005AB 3', 'postcode_reserved'],
    ['1010XY 3', 'postcode_reserved'],
    ['1071AA', 'housenumber_missing'],
    ['1071AA B', 'housenumber_missing'],
    ['1071AA 0', 'housenumber_range'],
    ['1071AA 28 <script>', 'addition_format'],
    ['1071ABC 28', 'postcode_format'],
  ])('rejects %j as %s', (text, problem) => {
    expect(parseAddress(text)).toEqual({ ok: false, problem });
  });
});

describe('address properties', () => {
  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const postcode = fc
    .tuple(fc.integer({ min: 1011, max: 9999 }), letter, letter)
    .map(([digits, a, b]) => `${digits}${a}${b}`);
  const addition = fc.option(fc.stringMatching(/^[A-Z][0-9]{0,2}$/), { nil: undefined });
  const spacing = fc.constantFrom('', ' ', '  ');

  it('parses any valid address however it is spaced, cased or hyphenated, keeping the letter’s case', () => {
    fc.assert(
      fc.property(
        postcode,
        fc.integer({ min: 1, max: 99_999 }),
        addition,
        spacing,
        fc.boolean(),
        fc.boolean(),
        (pc, number, add, space, lower, hyphen) => {
          const typedPostcode = `${pc.slice(0, 4)}${space}${lower ? pc.slice(4).toLowerCase() : pc.slice(4)}`;
          const typedAddition =
            add === undefined ? '' : `${hyphen ? '-' : space}${lower ? add.toLowerCase() : add}`;
          const result = parseAddress(`${typedPostcode} ${number}${typedAddition}`);
          expect(result).toEqual({
            ok: true,
            address:
              add === undefined
                ? { postcode: pc, housenumber: number }
                : { postcode: pc, housenumber: number, addition: lower ? add.toLowerCase() : add },
          });
        },
      ),
    );
  });

  it('never throws, and whatever it accepts matches Altum’s postcode regex', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = parseAddress(text);
        if (result.ok) {
          expect(result.address.postcode).toMatch(POSTCODE_PATTERN);
          expect(result.address.housenumber).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips through formatAddress', () => {
    fc.assert(
      fc.property(postcode, fc.integer({ min: 1, max: 99_999 }), addition, (pc, number, add) => {
        const address =
          add === undefined
            ? { postcode: pc, housenumber: number }
            : { postcode: pc, housenumber: number, addition: add };
        expect(parseAddress(formatAddress(address))).toEqual({ ok: true, address });
      }),
    );
  });

  it('normalises postcodes and flags the reserved 1000–1010 range', () => {
    expect(normalisePostcode(' 1234 ab ')).toBe('1234AB');
    for (let n = 1000; n <= 1010; n++) expect(checkPostcode(`${n}AB`)).toBe('postcode_reserved');
    expect(checkPostcode('1011AB')).toBeUndefined();
  });
});
