import { type AltumClient, type KeyLookup, type OutputOf, resolveApiKey } from '@altum-chat/core';
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
 * Autosuggest with the requester's own key (user → team → deployment, as commands resolve it); no
 * key means no suggestions rather than an error in the middle of typing.
 * https://docs.altum.ai/english/property-data/auto-suggest-api/authentication-input-and-response
 */
export function createAutosuggestLookup(deps: {
  readonly client: AltumClient;
  readonly keys: KeyLookup;
  readonly deploymentKey?: string | undefined;
}): SuggestionLookup {
  return async (requester, search, signal) => {
    const key = await resolveApiKey(
      deps.keys,
      { platform: requester.platform, teamId: requester.teamId, userId: requester.userId },
      { deploymentKey: deps.deploymentKey },
    );
    if (!key.ok) return [];
    const data = await deps.client.call('autosuggest', { search, limit: 25 }, { apiKey: key.apiKey, signal });
    return data.map(toSuggestion).filter((s): s is AddressSuggestion => s !== undefined);
  };
}
