import { readAddressInput } from '@altum-chat/address';
import { type Address, type AddressProblem, parseAddress } from '@altum-chat/core';
import type { CommandDefinition } from '../commands/define-command.ts';
import { addressProblemError, POSTCODE_ATTEMPT } from './address-problem.ts';

/**
 * An `<address>` as the grammar reads it, without any look-up: a postcode address (`1071AA 28B`,
 * ready for Altum), or text the runner resolves after the ack (`Damrak 1 Amsterdam`, a 16-digit
 * BAG id, a funda/Pararius/Jaap/Huispedia link).
 */
export type AddressArg = { readonly address: Address } | { readonly text: string };

/** Reads an address argument, or throws the usage error that says what is missing or wrong. */
export function readAddressArg(command: Pick<CommandDefinition, 'name'>, raw: string): AddressArg {
  const text = raw.trim();
  const input = readAddressInput(text);
  const postcodeProblem = (): AddressProblem => {
    const local = parseAddress(text);
    return local.ok ? 'postcode_format' : local.problem;
  };
  switch (input.kind) {
    case 'postcode':
      return { address: input.address };
    case 'bag':
    case 'listing':
      return { text };
    case 'street':
      // `1071A 28` reads as a street named 1071A; it was a mistyped postcode.
      if (input.query.postcode === undefined && POSTCODE_ATTEMPT.test(text)) {
        throw addressProblemError(command, text, { reason: 'postcode_problem' }, postcodeProblem());
      }
      return { text };
    case 'none':
      throw addressProblemError(command, text, input, postcodeProblem());
  }
}
