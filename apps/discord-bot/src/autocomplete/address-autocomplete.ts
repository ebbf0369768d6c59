import { type AddressResolver, toAltumAddress } from '@altum-chat/address';
import { formatAddress, type Logger } from '@altum-chat/core';
import type { AutocompleteChoice } from '../interaction/types.ts';
import { clampText, DISCORD_LIMITS } from '../render/limits.ts';

export interface AddressAutocomplete {
  /** Always resolves within the deadline, with at most 25 choices (none on a timeout or failure). */
  suggest(typed: string): Promise<AutocompleteChoice[]>;
}

export interface AddressAutocompleteOptions {
  /** PDOK Locatieserver through the address resolver; absent → no suggestions. */
  readonly addresses?: Pick<AddressResolver, 'suggestAddresses'> | undefined;
  readonly logger: Logger;
  /**
   * PDOK's deadline, tighter than a command's: Discord drops an autocomplete answer after 3 s, and
   * the answer still has to travel back (default 1,500 ms).
   */
  readonly deadlineMs?: number;
}

/**
 * Address autocomplete from PDOK `/suggest`: free, so no credit cap and no debounce beyond Discord's
 * own. Each choice shows PDOK's address line and fills in the canonical `1012LG 1` (≤ 100 chars),
 * which the command reads without another look-up.
 * https://discord.com/developers/docs/interactions/application-commands#autocomplete
 */
export function createAddressAutocomplete(options: AddressAutocompleteOptions): AddressAutocomplete {
  const deadlineMs = options.deadlineMs ?? 1_500;
  return {
    async suggest(typed) {
      const { addresses } = options;
      if (!addresses || typed.trim() === '') return [];
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), deadlineMs);
      });
      try {
        const found = await Promise.race([
          addresses.suggestAddresses(typed.slice(0, 200), {
            limit: DISCORD_LIMITS.autocompleteChoices,
            signal: AbortSignal.timeout(deadlineMs),
          }),
          late,
        ]);
        if (!found?.ok) {
          options.logger.debug({ reason: found?.reason ?? 'deadline' }, 'address autocomplete empty');
          return [];
        }
        const choices = new Map<string, AutocompleteChoice>();
        for (const suggestion of found.suggestions) {
          if (!suggestion.address) continue;
          const value = formatAddress(toAltumAddress(suggestion.address));
          if (value.length > DISCORD_LIMITS.choiceValue || choices.has(value)) continue;
          choices.set(value, { name: clampText(suggestion.label, DISCORD_LIMITS.choiceName), value });
        }
        return [...choices.values()].slice(0, DISCORD_LIMITS.autocompleteChoices);
      } catch (error) {
        options.logger.debug(
          { err: error instanceof Error ? error.name : 'unknown' },
          'address autocomplete failed',
        );
        return [];
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
