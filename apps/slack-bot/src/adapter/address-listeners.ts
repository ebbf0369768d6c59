import { findAddressIn, readListingUrl } from '@altum-chat/address';
import { lookupReply, type Reply } from '@altum-chat/chat';
import type { App, MessageShortcut } from '@slack/bolt';
import type { SlackMessage } from '../render/block-types.ts';
import { afterAck, type HandlerDeps, preferencesFor, runSafely } from './handler-deps.ts';
import { renderReply } from './render-reply.ts';
import { slackRequester } from './requester.ts';
import { tenantOf } from './tenant.ts';

/** The manifest's message shortcut ("Look up address"). */
export const LOOKUP_SHORTCUT = 'lookup_address';

/** Slack sends at most this many links per `link_shared` event; more are ignored rather than looked up. */
const MAX_LINKS = 10;

interface SharedLink {
  readonly url: string;
  readonly domain?: string;
}

/** One entry per distinct listing link (a message may name one link twice); others are not ours. */
export function listingLinks(links: readonly SharedLink[] | undefined): string[] {
  // Signed is not well-formed: a link without a URL string is skipped, never a TypeError.
  const urls = (Array.isArray(links) ? links : [])
    .map((link) => (typeof link?.url === 'string' ? link.url : ''))
    .filter((url) => readListingUrl(url)?.ok === true);
  return [...new Set(urls)].slice(0, MAX_LINKS);
}

/**
 * Addresses in conversation, both free until someone clicks a card button (which runs the command
 * under the clicker's key and budget, through the `act:` action listener):
 * - `link_shared` for the listing domains in the manifest: each distinct link's address (read from
 *   its path, nothing fetched from the site) unfurls as a card, via `chat.unfurl`;
 * - the message shortcut "Look up address": the address in the message's text, privately, as a
 *   card, a picker or "no address found".
 * https://docs.slack.dev/messaging/unfurling-links-in-messages
 */
export function registerAddressLookups(app: App, deps: HandlerDeps): void {
  app.event('link_shared', async ({ event, client, context }) => {
    const { addresses } = deps;
    const urls = listingLinks(event.links);
    if (!addresses || urls.length === 0) return;
    const requester = slackRequester(tenantOf(context), event.user);
    const prefs = await preferencesFor(deps, requester, 1_000);
    const unfurls: Record<string, { blocks: SlackMessage['blocks'] }> = {};
    // The links are looked up side by side: Slack shows nothing until chat.unfurl arrives.
    await Promise.all(
      urls.map(async (url) => {
        const found = await addresses.resolveAddress(url).catch(() => undefined);
        // No card for a link that names no address: a "not found" in the channel would only be noise.
        if (found?.kind !== 'match' && found?.kind !== 'choices') return;
        const message = await renderReply(lookupReply(found, prefs.locale), {
          locale: prefs.locale,
          charts: deps.charts,
          ephemeral: false,
        });
        unfurls[url] = { blocks: message.blocks };
      }),
    );
    if (Object.keys(unfurls).length === 0) return;
    // A link typed into the composer has an unfurl id and source instead of a posted message.
    const where =
      event.unfurl_id && event.source
        ? { unfurl_id: event.unfurl_id, source: event.source }
        : { channel: event.channel, ts: event.message_ts };
    await client.chat.unfurl({ ...where, unfurls } as Parameters<typeof client.chat.unfurl>[0]);
  });

  app.shortcut<MessageShortcut>(LOOKUP_SHORTCUT, async ({ ack, shortcut, respond, context }) => {
    await ack();
    const requester = slackRequester(tenantOf(context), shortcut.user.id);
    const send = (message: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message });
    await afterAck(deps, requester, send, async () => {
      const prefs = await preferencesFor(deps, requester);
      const reply = await runSafely(deps, prefs.locale, async (): Promise<Reply> => {
        const found = deps.addresses
          ? await findAddressIn(deps.addresses, shortcut.message.text ?? '')
          : ({ kind: 'unavailable', reason: 'disabled', input: 'street' } as const);
        return lookupReply(found, prefs.locale);
      });
      await send(await renderReply(reply, { locale: prefs.locale, charts: deps.charts, ephemeral: true }));
    });
  });
}
