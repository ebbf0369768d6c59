import { type Address, formatAddress, getOperation, type InputOf, type OperationId } from '@altum-chat/core';
import { usageError } from '../../errors/chat-error.ts';
import { createResultContext, type ResultContext } from '../../results/result-context.ts';
import type { ArgumentSpec, CommandContext, ParsedArgs } from '../define-command.ts';

/** The `<address>` argument every address command takes first. */
export const ADDRESS_ARG: ArgumentSpec = {
  name: 'address',
  kind: 'address',
  required: true,
  description: {
    en: 'Postcode and number (1071AA 28B), or street, number and town, a BAG id or a listing link',
    nl: 'Postcode en huisnummer (1071AA 28B), of straat, nummer en plaats, een BAG-id of advertentielink',
  },
};

/** The parsed address; the grammar already refuses a missing one, this guards typed-option callers. */
export function requireAddress(args: ParsedArgs): Address {
  if (!args.address) throw usageError('data.addressRequired', { command: args.command });
  return args.address;
}

/**
 * The address fields in the spelling the operation declares (`houseaddition` on most endpoints,
 * `addition` on /woz), typed as the operation's input.
 */
export function addressInput<Id extends OperationId>(id: Id, address: Address): InputOf<Id> {
  const spelling = getOperation(id)?.address ?? {
    postcode: 'postcode',
    housenumber: 'housenumber',
    addition: 'houseaddition',
  };
  const input: Record<string, string | number> = {
    [spelling.postcode]: address.postcode,
    [spelling.housenumber]: address.housenumber,
  };
  if (address.addition !== undefined && spelling.addition !== undefined) input[spelling.addition] = address.addition;
  // The record matches the operation's declared address fields; the client validates it with the schema.
  return input as InputOf<Id>;
}

/** `Dorpstraat 5-C, Amsterdam` when Altum named the street, else `1234AB 5-C`. */
export function placeLabel(address: Address, street?: string, city?: string): string {
  if (!street) return formatAddress(address);
  const number = `${address.housenumber}${address.addition ? `-${address.addition}` : ''}`;
  const place = `${titleCase(street)} ${number}`;
  return city ? `${place}, ${titleCase(city)}` : place;
}

/** Kadaster data shouts (`BOSKOOP`); show place names the way people write them. */
function titleCase(text: string): string {
  return text === text.toUpperCase() ? text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (s) => s.toUpperCase()) : text;
}

export function resultContext(ctx: CommandContext): ResultContext {
  return createResultContext(ctx.locale);
}
