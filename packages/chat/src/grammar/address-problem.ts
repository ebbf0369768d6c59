import type { NoMatchReason } from '@altum-chat/address';
import type { AddressProblem } from '@altum-chat/core';
import type { CommandDefinition } from '../commands/define-command.ts';
import { type ChatError, usageError } from '../errors/chat-error.ts';
import { ADDRESS_PROBLEM_MESSAGES } from './arg-values.ts';
import { safeEcho } from './safe-echo.ts';

/** Why an address text gave no address, as the address package says it (read locally or looked up). */
export interface AddressNoMatch {
  readonly reason: NoMatchReason;
  readonly problem?: AddressProblem;
  readonly understood?: string;
}

/** Text that starts like a postcode (`1071A 28`, `1071 28`) was meant as one: its problem is the postcode's. */
export const POSTCODE_ATTEMPT = /^\d{4}(?!\d)/;

/**
 * The usage error for an address that gave nothing, with an example that works: the postcode's
 * own problem for a postcode attempt, else what was missing (a number) or not found.
 */
export function addressProblemError(
  command: Pick<CommandDefinition, 'name'>,
  text: string,
  noMatch: AddressNoMatch,
  postcodeProblem: AddressProblem = 'postcode_format',
): ChatError {
  const name = command.name;
  const freeExample = { command: name, example: `${name} Damrak 1 Amsterdam` };
  switch (noMatch.reason) {
    case 'missing':
      return usageError(ADDRESS_PROBLEM_MESSAGES.missing, { command: name });
    case 'postcode_problem':
      return usageError(ADDRESS_PROBLEM_MESSAGES[noMatch.problem ?? postcodeProblem], { command: name });
    case 'unsupported_url':
      return usageError('usage.address.unsupportedUrl', freeExample);
    case 'no_number':
      return usageError('usage.address.noNumber', {
        ...freeExample,
        params: { text: safeEcho(noMatch.understood ?? text, 60) },
      });
    case 'not_found':
      return usageError('usage.address.notFound', { ...freeExample, params: { text: safeEcho(text, 60) } });
    case 'not_an_address':
      return POSTCODE_ATTEMPT.test(text)
        ? usageError(ADDRESS_PROBLEM_MESSAGES[postcodeProblem], { command: name })
        : usageError('usage.address.unreadable', { command: name });
  }
}
