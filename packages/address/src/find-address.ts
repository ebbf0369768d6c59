import type { AddressResolver, ResolveOptions } from './create-resolver.ts';
import { addressCandidatesIn } from './find-in-text.ts';
import type { Resolution } from './types.ts';

/**
 * Finds the address a chat message talks about ("wat is Prinsengracht 263 in Amsterdam waard?", a
 * listing link, `1071AA 28B`): each candidate piece in turn, the first that names an address or a
 * choice of them wins. With no candidate left, a look-up that could not be done is said as such
 * (so the reply asks for the postcode), otherwise there is no address.
 */
export async function findAddressIn(
  resolver: Pick<AddressResolver, 'resolveAddress'>,
  text: string,
  options?: ResolveOptions,
): Promise<Resolution> {
  let unavailable: Resolution | undefined;
  for (const candidate of addressCandidatesIn(text)) {
    const resolution = await resolver.resolveAddress(candidate, options);
    if (resolution.kind === 'match' || resolution.kind === 'choices') return resolution;
    if (resolution.kind === 'unavailable') unavailable ??= resolution;
  }
  return unavailable ?? { kind: 'none', reason: 'not_an_address' };
}
