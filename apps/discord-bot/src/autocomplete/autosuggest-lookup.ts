import type { ChatRunner } from '@altum-chat/chat';
import type { OutputOf } from '@altum-chat/core';
import type { AddressSuggestion, SuggestionLookup } from './postcode-autocomplete.ts';

type Suggestion = OutputOf<'autosuggest'>[number];

/** Core maps both documented item shapes onto one suggestion; a choice needs a postcode to fill in. */
function toSuggestion(raw: Suggestion): AddressSuggestion | undefined {
  if (!raw.postcode) return undefined;
  return { postcode: raw.postcode, label: raw.display };
}

/**
 * Autosuggest through the chat runner, so a suggestion is paid like a command: the requester's key
 * (user → team → deployment), their credit budget (refused calls never reach Altum) and a usage row.
 * No key, no budget or a failure means no suggestions rather than an error in the middle of typing.
 * https://docs.altum.ai/english/property-data/auto-suggest-api/authentication-input-and-response
 */
export function createAutosuggestLookup(runner: Pick<ChatRunner, 'suggestAddresses'>): SuggestionLookup {
  return async (requester, search, signal) => {
    const data = await runner.suggestAddresses(requester, search, signal);
    return data.map(toSuggestion).filter((s): s is AddressSuggestion => s !== undefined);
  };
}
