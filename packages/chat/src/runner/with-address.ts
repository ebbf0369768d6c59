import { type ResolvedAddress, toAltumAddress } from '@altum-chat/address';
import type { Address } from '@altum-chat/core';
import type { ParsedArgs } from '../commands/define-command.ts';

/** The arguments with a resolved address in place of the text, as if `1012LG 1` had been typed. */
export function withAddress(args: ParsedArgs, address: Address): ParsedArgs {
  const { addressText: _resolved, ...rest } = args;
  const { addition: _old, ...options } = args.options;
  return {
    ...rest,
    address,
    options: {
      ...options,
      postcode: address.postcode,
      number: address.housenumber,
      ...(address.addition === undefined ? {} : { addition: address.addition }),
    },
  };
}

/** A candidate's arguments: what picking it runs. */
export function candidateArgs(args: ParsedArgs, candidate: ResolvedAddress): ParsedArgs {
  return withAddress(args, toAltumAddress(candidate));
}
