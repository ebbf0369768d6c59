import type { Requester } from '@altum-chat/chat';
import { silentLogger } from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import {
  type AddressSuggestion,
  createPostcodeAutocomplete,
  type SuggestionLookup,
} from './postcode-autocomplete.ts';
import { createSpendLimiter } from './spend-limiter.ts';

const alice: Requester = { platform: 'discord', teamId: 'G1', userId: 'U1' };

function countingLookup(answer: readonly AddressSuggestion[], wait?: Promise<void>) {
  const searches: string[] = [];
  const lookup: SuggestionLookup = async (_requester, search) => {
    searches.push(search);
    await wait;
    return answer;
  };
  return { lookup, searches };
}

const many = Array.from({ length: 40 }, (_, i) => ({
  postcode: `1071A${String.fromCharCode(65 + (i % 26))}`,
  label: `Street ${i}`,
}));

describe('postcode autocomplete', () => {
  it('offers at most 25 choices, the typed postcode first, and caches by postcode', async () => {
    const { lookup, searches } = countingLookup(many);
    const auto = createPostcodeAutocomplete({ lookup, logger: silentLogger, debounceMs: 0 });
    const choices = await auto.suggest(alice, '1071 aa');
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: '1071AA', value: '1071AA' });
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    await auto.suggest(alice, '1071AA');
    expect(searches).toEqual(['1071AA']);
  });

  it('spends nothing before four digits', async () => {
    const { lookup, searches } = countingLookup(many);
    const auto = createPostcodeAutocomplete({ lookup, logger: silentLogger, debounceMs: 0 });
    expect(await auto.suggest(alice, '107')).toEqual([]);
    expect(searches).toEqual([]);
  });

  it('lets only the newest keystroke of a user spend a call', async () => {
    const { lookup, searches } = countingLookup([{ postcode: '1071AB' }]);
    const auto = createPostcodeAutocomplete({ lookup, logger: silentLogger, debounceMs: 20 });
    const [first, second] = await Promise.all([auto.suggest(alice, '1071'), auto.suggest(alice, '1071AB')]);
    expect(first).toEqual([]);
    expect(second).toEqual([{ name: '1071AB', value: '1071AB' }]);
    expect(searches).toEqual(['1071AB']);
  });

  it('stops calling once the team used its hourly allowance, degrading to no suggestions', async () => {
    const { lookup, searches } = countingLookup([{ postcode: '1071AB', label: 'x' }]);
    const auto = createPostcodeAutocomplete({
      lookup,
      logger: silentLogger,
      debounceMs: 0,
      limiter: createSpendLimiter({ perHour: 2 }),
    });
    await auto.suggest(alice, '1071');
    await auto.suggest(alice, '1072');
    expect(await auto.suggest(alice, '1073')).toEqual([]);
    expect(searches).toEqual(['1071', '1072']);
    // Another team has its own allowance.
    await auto.suggest({ ...alice, teamId: 'G2' }, '1074');
    expect(searches).toHaveLength(3);
  });

  it('answers at the deadline when the lookup hangs, and a failing lookup gives no suggestions', async () => {
    let release: () => void = () => {};
    const hanging = countingLookup(
      many,
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    const auto = createPostcodeAutocomplete({
      lookup: hanging.lookup,
      logger: silentLogger,
      debounceMs: 0,
      deadlineMs: 10,
    });
    expect(await auto.suggest(alice, '2000')).toEqual([]);
    release();
    const failing = createPostcodeAutocomplete({
      lookup: () => Promise.reject(new Error('boom')),
      logger: silentLogger,
      debounceMs: 0,
    });
    expect(await failing.suggest(alice, '3000AB')).toEqual([{ name: '3000AB', value: '3000AB' }]);
  });
});
