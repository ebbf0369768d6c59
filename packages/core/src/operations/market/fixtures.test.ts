import { describe, expect, it } from 'vitest';
// Fixture files hold plain data and import only a type, so reading them from the testkit source adds no runtime cycle.
import { marketFixtures } from '../../../../testkit/src/fixtures/market/index.ts';
import { marketOperations } from './index.ts';

describe('market fixtures', () => {
  it('has exactly one fixture per market operation', () => {
    const fixtureIds = marketFixtures.map((fixture) => fixture.operationId).sort();
    const operationIds = marketOperations.map((operation) => operation.id).sort();
    expect(fixtureIds).toEqual(operationIds);
  });

  for (const operation of marketOperations) {
    const fixture = marketFixtures.find((candidate) => candidate.operationId === operation.id);
    describe(operation.id, () => {
      it('accepts the fixture request as input', () => {
        expect(operation.input.safeParse(fixture?.request).success).toBe(true);
      });
      it('parses the documented response and every variant', () => {
        expect(fixture?.variants.length).toBeGreaterThan(0);
        for (const body of [fixture?.response, ...(fixture?.variants ?? [])]) {
          const result = operation.output.safeParse(body);
          expect(result.error?.issues ?? []).toEqual([]);
        }
      });
      it('declares the address spelling exactly when it looks up an address', () => {
        expect(operation.address !== undefined).toBe(fixture?.addressLookup);
      });
      it('has metadata a person can use', () => {
        expect(operation.docsUrl).toMatch(/^https:\/\/docs\.altum\.ai\//);
        expect(operation.summary.en.length).toBeGreaterThan(3);
        expect(operation.summary.nl.length).toBeGreaterThan(3);
      });
    });
  }

  it('never accepts a string Output as data', () => {
    const message = { Output: 'The given house address not found in database.' };
    const wrapped = [
      'avm',
      'avmplus',
      'listingprice',
      'transaction',
      'woz',
      'woz.bag',
      'movedata',
      'objectdata',
    ];
    const more = [
      'objectdata.v2',
      'locationdata',
      'rebuild',
      'contentsvalue',
      'rentalreference',
      'reference',
    ];
    for (const id of [...wrapped, ...more, 'wws', 'autosearch', 'autosuggest', 'openapi']) {
      const operation = marketOperations.find((candidate) => candidate.id === id);
      expect(operation?.output.safeParse(message).success, id).toBe(false);
    }
  });

  it('charges nothing for pings, credit and openapi, one credit otherwise', () => {
    const free = marketOperations
      .filter((operation) => operation.credits === 0)
      .map((operation) => operation.id);
    expect(free.sort()).toEqual(['credit', 'openapi', 'transaction.ping', 'woz.ping']);
    expect(marketOperations.every((operation) => operation.credits === 0 || operation.credits === 1)).toBe(
      true,
    );
  });
});
