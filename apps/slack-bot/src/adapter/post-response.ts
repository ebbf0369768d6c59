import type { SlackFetch } from '../http/image-fallback-fetch.ts';
import type { SlackMessage } from '../render/block-types.ts';

export interface ResponseOptions {
  readonly response_type?: 'ephemeral' | 'in_channel';
  readonly replace_original?: boolean;
  readonly delete_original?: boolean;
}

/**
 * Posts to a response_url outside a Bolt listener (modal submissions keep the URL in
 * private_metadata). https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
export async function postResponse(
  fetchFn: SlackFetch,
  responseUrl: string,
  message: Partial<SlackMessage> & ResponseOptions,
): Promise<void> {
  const res = await fetchFn(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`response_url answered ${res.status}`);
}
