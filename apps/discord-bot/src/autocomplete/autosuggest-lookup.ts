import type { ChatRunner } from '@altum-chat/chat';
import type { OutputOf } from '@altum-chat/core';
import type { AddressSuggestion, SuggestionLookup } from './postcode-autocomplete.ts';

type Raw = OutputOf<'autosuggest'>[number];

const POSTCODE_IN_TEXT = /\b(\d{4})\s?([A-Za-z]{2})\b/;

function toSuggestion(raw: Raw): AddressSuggestion | undefined {
  if (typeof raw === 'string') {
    const match = POSTCODE_IN_TEXT.exec(raw);
    return match ? { postcode: `${match[1]}${match[2]}`.toUpperCase(), label: raw } : undefined;
  }
  if (!raw.postcode) return undefined;
  const house = [raw.housenumber, raw.houseaddition]
    .filter((part) => part !== undefined && part !== '')
    .join('');
  const street = [raw.street, house].filter(Boolean).join(' ');
  const label = [street, raw.city].filter(Boolean).join(', ');
  return label ? { postcode: raw.postcode, label } : { postcode: raw.postcode };
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
