import { createBatchService } from '@altum-chat/chat';
import { createAltumClient } from '@altum-chat/core';
import { FAKE_KEYS, NO_RETRY } from '@altum-chat/testkit';
import { startHarness } from './harness.ts';

/** Polls until `check` holds (the app answers Slack after the ack). */
export async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The Slack harness with portfolios: the real batch service on the harness's store and fake Altum. */
export function startBatchHarness(options: { readonly concurrency?: number } = {}) {
  return startHarness({
    batch: (deps) => {
      const client = createAltumClient({
        baseUrl: deps.altumUrl,
        retry: NO_RETRY,
        cache: deps.store.responseCache,
      });
      return {
        client,
        service: createBatchService({
          ...deps,
          client,
          deploymentKey: FAKE_KEYS.valid,
          defaultLocale: 'en',
          progressIntervalMs: 0,
          ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
        }),
      };
    },
  });
}
