import { startFakePdok } from '@altum-chat/testkit';
import { createAddressResolver } from '../src/create-resolver.ts';

/** A resolver on a fresh fake PDOK; dispose with `await using`. */
export async function resolverOnFakePdok(options: { timeoutMs?: number; retries?: number } = {}) {
  const pdok = await startFakePdok();
  const resolver = createAddressResolver({ baseUrl: pdok.url, retries: 1, ...options });
  return {
    pdok,
    resolver,
    async [Symbol.asyncDispose]() {
      await resolver.close();
      await pdok.close();
    },
  };
}
