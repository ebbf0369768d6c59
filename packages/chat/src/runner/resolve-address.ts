import { type AddressResolver, toAltumAddress } from '@altum-chat/address';
import type { ParsedArgs, ReplyBody } from '../commands/define-command.ts';
import { ChatError } from '../errors/chat-error.ts';
import { addressProblemError } from '../grammar/address-problem.ts';
import type { Translate } from '../i18n/translate.ts';
import { addressPickerBody } from './address-picker.ts';
import { withAddress } from './with-address.ts';

/** What the look-up gave: arguments ready for the command, or a picker to answer with instead. */
export type AddressOutcome =
  | { readonly kind: 'args'; readonly args: ParsedArgs }
  | { readonly kind: 'picker'; readonly body: ReplyBody };

/**
 * Resolves `args.addressText` (after the ack, before any key, budget, cache or Altum call): one
 * match runs the command, several give a picker, none or no look-up a reply that says what to type.
 */
export async function resolveArgsAddress(
  resolver: AddressResolver | undefined,
  args: ParsedArgs,
  t: Translate,
  signal: AbortSignal,
): Promise<AddressOutcome> {
  const text = args.addressText;
  if (text === undefined) return { kind: 'args', args };
  const command = { name: args.command };
  const resolution = resolver
    ? await resolver.resolveAddress(text, { signal })
    : ({ kind: 'unavailable', reason: 'disabled' } as const);
  switch (resolution.kind) {
    case 'match':
      return { kind: 'args', args: withAddress(args, toAltumAddress(resolution.address)) };
    case 'choices':
      return { kind: 'picker', body: addressPickerBody(args, resolution.candidates, t) };
    case 'none':
      throw addressProblemError(command, text, resolution);
    case 'unavailable':
      throw new ChatError({
        kind: 'address_unavailable',
        message:
          resolution.reason === 'disabled'
            ? 'error.addressUnavailable.disabled'
            : 'error.addressUnavailable.what',
        command: args.command,
      });
  }
}
