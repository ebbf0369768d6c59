import type { Requester } from '@altum-chat/chat';
import type { Logger } from '@altum-chat/core';
import type { AutocompleteChoice } from '../interaction/types.ts';
import { clampText, DISCORD_LIMITS } from '../render/limits.ts';
import { createSpendLimiter, type SpendLimiter } from './spend-limiter.ts';
import { TtlCache } from './ttl-cache.ts';

/** One address suggestion from Altum's autosuggest operation, reduced to what a choice needs. */
export interface AddressSuggestion {
  readonly postcode: string;
  /** Shown after the postcode, e.g. `Keizersgracht 28B, Amsterdam`. */
  readonly label?: string;
}

/** Looks suggestions up upstream (autosuggest with the requester's key); spends a credit per call. */
export type SuggestionLookup = (
  requester: Requester,
  search: string,
  signal: AbortSignal,
) => Promise<readonly AddressSuggestion[]>;

export interface PostcodeAutocomplete {
  /** Always resolves within the deadline, with at most 25 choices (possibly none). */
  suggest(requester: Requester, typed: string): Promise<AutocompleteChoice[]>;
}

export interface PostcodeAutocompleteOptions {
  readonly lookup: SuggestionLookup;
  readonly logger: Logger;
  /** Answer by then whatever Altum does; Discord drops answers after 3 s (default 2,000 ms). */
  readonly deadlineMs?: number;
  /** Wait this long for the user to stop typing before spending a call (default 300 ms). */
  readonly debounceMs?: number;
  /** Autosuggest calls each team may spend per hour (default 60). */
  readonly callsPerTeamPerHour?: number;
  readonly cacheTtlMs?: number;
  readonly limiter?: SpendLimiter;
}

const POSTCODE = /^(\d{4})\s*([A-Za-z]{2})?/;
/** Four digits are the least that narrows Altum's answer enough to be worth a credit. */
const MIN_DIGITS = 4;

function normalise(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase().slice(0, 20);
}

function toChoices(typed: string, suggestions: readonly AddressSuggestion[]): AutocompleteChoice[] {
  const choices: AutocompleteChoice[] = [];
  const seen = new Set<string>();
  const add = (value: string, name: string): void => {
    if (seen.has(name) || choices.length >= DISCORD_LIMITS.autocompleteChoices) return;
    seen.add(name);
    choices.push({
      name: clampText(name, DISCORD_LIMITS.choiceName),
      value: value.slice(0, DISCORD_LIMITS.choiceValue),
    });
  };
  // A complete postcode is always offered as typed, so the user can pick it when Altum has nothing.
  const full = /^\d{4}[A-Z]{2}$/.test(typed) ? typed : undefined;
  if (full) add(full, full);
  for (const suggestion of suggestions) {
    const postcode = normalise(suggestion.postcode);
    if (!/^\d{4}[A-Z]{2}$/.test(postcode)) continue;
    add(postcode, suggestion.label ? `${postcode} · ${suggestion.label}` : postcode);
  }
  return choices;
}

/**
 * Postcode autocomplete that is cheap and never late: typed text is normalised and cached, keystrokes
 * are debounced per user, each team has an hourly call allowance, and the Altum call races a deadline
 * well inside Discord's 3-second window; on any miss the answer is simply fewer (or no) choices.
 * https://discord.com/developers/docs/interactions/application-commands#autocomplete
 */
export function createPostcodeAutocomplete(options: PostcodeAutocompleteOptions): PostcodeAutocomplete {
  const deadlineMs = options.deadlineMs ?? 2_000;
  const debounceMs = options.debounceMs ?? 300;
  const cache = new TtlCache<readonly AddressSuggestion[]>(options.cacheTtlMs ?? 10 * 60_000, 500);
  const inFlight = new Map<string, Promise<readonly AddressSuggestion[]>>();
  const limiter = options.limiter ?? createSpendLimiter({ perHour: options.callsPerTeamPerHour ?? 60 });
  const latestByUser = new Map<string, number>();
  let sequence = 0;

  const fetchOnce = (requester: Requester, search: string): Promise<readonly AddressSuggestion[]> => {
    const existing = inFlight.get(search);
    if (existing) return existing;
    // The call may outlive the deadline; letting it finish fills the cache for the next keystroke.
    const call = options
      .lookup(requester, search, AbortSignal.timeout(10_000))
      .then((found) => {
        cache.set(search, found);
        return found;
      })
      .catch((error: unknown) => {
        options.logger.debug({ err: error instanceof Error ? error.name : 'unknown' }, 'autosuggest failed');
        return [] as const;
      })
      .finally(() => inFlight.delete(search));
    inFlight.set(search, call);
    return call;
  };

  return {
    async suggest(requester, typed) {
      const started = Date.now();
      const search = normalise(typed);
      const match = POSTCODE.exec(search);
      if (!match || (match[1]?.length ?? 0) < MIN_DIGITS) return toChoices(search, []);
      const cacheKey = match[0];
      const cached = cache.get(cacheKey);
      if (cached) return toChoices(search, cached);

      const userKey = `${requester.teamId}:${requester.userId}`;
      const mine = ++sequence;
      latestByUser.set(userKey, mine);
      await new Promise((resolve) => setTimeout(resolve, debounceMs));
      // A newer keystroke from the same user superseded this one; only the newest may spend.
      if (latestByUser.get(userKey) !== mine) return toChoices(search, cache.get(cacheKey) ?? []);
      latestByUser.delete(userKey);

      if (!inFlight.has(cacheKey) && !limiter.tryTake(requester.teamId)) return toChoices(search, []);
      const remaining = Math.max(0, deadlineMs - (Date.now() - started));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<readonly AddressSuggestion[]>((resolve) => {
        timer = setTimeout(() => resolve([]), remaining);
      });
      try {
        return toChoices(search, await Promise.race([fetchOnce(requester, cacheKey), late]));
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
