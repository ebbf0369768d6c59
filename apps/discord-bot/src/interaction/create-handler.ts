import { type AddressResolver, findAddressIn } from '@altum-chat/address';
import {
  baseActionId,
  busyReply,
  type ChatRunner,
  createFairQueue,
  type FairQueue,
  lookupReply,
  type Reply,
  type Requester,
  unexpectedReply,
} from '@altum-chat/chat';
import type { Logger } from '@altum-chat/core';
import type { AddressAutocomplete } from '../autocomplete/address-autocomplete.ts';
import type { PostcodeAutocomplete } from '../autocomplete/postcode-autocomplete.ts';
import type { DiscordBatch } from '../batch/discord-batch.ts';
import { type Locale, toLocale } from '../locale.ts';
import { toDiscordMessage } from '../render/to-discord-message.ts';
import { KEY_INPUT_ID, keyModal, scopeOfModal } from './key-modal.ts';
import { toRequester } from './requester.ts';
import type { InteractionResponder, NormalizedInteraction } from './types.ts';

/** The one-field address option (the chat `<address>` argument's own name). */
const ADDRESS_OPTION = 'address';

export interface InteractionHandlerDeps {
  readonly runner: ChatRunner;
  /** The `postcode` option: Altum autosuggest, paid, so capped per server and debounced. */
  readonly autocomplete: PostcodeAutocomplete;
  /** The `address` option: PDOK `/suggest`, free. */
  readonly addressAutocomplete: AddressAutocomplete;
  /** Finds the address in a message for "Look up address"; absent → "look-up unavailable". */
  readonly addresses?: Pick<AddressResolver, 'resolveAddress'> | undefined;
  /** Portfolios (`/altum batch`, its Confirm / Cancel buttons); absent → the runner answers. */
  readonly batch?: DiscordBatch | undefined;
  readonly logger: Logger;
  readonly defaultLocale: Locale;
  /** How long the settings read (`runner.preferences`) may hold up the 3-second acknowledgement (default 400 ms). */
  readonly visibilityTimeoutMs?: number;
  /** Gives up on the runner after this long (default 14 min, inside the 15-minute token life). */
  readonly runTimeoutMs?: number;
  /**
   * Fair turns for the work after the acknowledgement (chat's `createFairQueue`): guilds take
   * turns, each user has a few jobs running and a bounded queue; past it the answer is "busy".
   */
  readonly fair?: FairQueue;
}

/** Handles one interaction with whichever responder its transport provides. */
export type InteractionHandler = (
  event: NormalizedInteraction,
  responder: InteractionResponder,
) => Promise<void>;

/**
 * The one interaction-handling core both transports share: acknowledge first (defer, modal or
 * autocomplete answer), then run the chat command and edit the original response exactly once.
 */
export function createInteractionHandler(deps: InteractionHandlerDeps): InteractionHandler {
  const { runner, logger } = deps;
  const visibilityTimeoutMs = deps.visibilityTimeoutMs ?? 400;
  const runTimeoutMs = deps.runTimeoutMs ?? 14 * 60_000;
  const fair = deps.fair ?? createFairQueue();

  /**
   * Runs, then edits the acknowledgement. `shownToAll` says the acknowledgement was public: a reply
   * that is private after all (an error, say) then goes out as an ephemeral follow-up and the public
   * "thinking…" message is deleted, so it is never shown to the channel.
   */
  async function runAndEdit(
    event: NormalizedInteraction,
    responder: InteractionResponder,
    locale: Locale,
    work: (signal: AbortSignal) => Promise<Reply>,
    shownToAll = false,
  ): Promise<void> {
    const signal = AbortSignal.timeout(runTimeoutMs);
    const requester = toRequester(event.meta);
    let reply: Reply;
    try {
      const admitted = fair.admit({ tenant: `discord:${requester.teamId}`, user: requester.userId }, () =>
        work(signal),
      );
      if (!admitted) logger.info({ interaction: event.meta.id }, 'discord work refused: user busy');
      reply = admitted ? await admitted : busyReply(locale);
    } catch (error) {
      // The runner promises never to throw; if it does anyway the user still gets one answer.
      logger.error({ err: errorName(error), interaction: event.meta.id }, 'runner threw');
      reply = unexpectedReply(locale);
    }
    try {
      const message = toDiscordMessage(reply, locale);
      if (shownToAll && reply.private) {
        await responder.followUp(message, true);
        await responder.deleteOriginal();
      } else {
        await responder.edit(message);
      }
    } catch (error) {
      logger.error(
        { err: errorName(error), interaction: event.meta.id, ref: reply.footer?.reference },
        'editing the response failed',
      );
    }
  }

  /** "Look up address": the card, a picker or "no address found", privately; nothing is spent here. */
  async function lookUp(requester: Requester, text: string, signal: AbortSignal): Promise<Reply> {
    // The user's own language setting wins over the client's, as for every command reply.
    const { locale } = await runner.preferences(requester);
    const found = deps.addresses
      ? await findAddressIn(deps.addresses, text, { signal })
      : ({ kind: 'unavailable', reason: 'disabled', input: 'street' } as const);
    return { ...lookupReply(found, locale), private: true };
  }

  return async (event, responder) => {
    const requester = toRequester(event.meta);
    const locale = toLocale(event.meta.locale, deps.defaultLocale);
    switch (event.type) {
      case 'autocomplete': {
        const { name, value } = event.focused;
        const choices =
          name === ADDRESS_OPTION
            ? await deps.addressAutocomplete.suggest(value)
            : name === 'postcode'
              ? await deps.autocomplete.suggest(requester, value)
              : [];
        await responder.autocomplete(choices);
        return;
      }
      case 'command': {
        const plan = runner.plan(requester, {
          kind: 'options',
          command: event.subcommand,
          subcommand: event.route,
          options: event.options,
        });
        if (plan.opens) {
          await responder.showModal(keyModal(plan.opens.scope, locale));
          return;
        }
        const { batch } = deps;
        if (plan.takesFile && batch) {
          // The estimate is the user's own business until they confirm: always private.
          await responder.defer(true);
          await runAndEdit(event, responder, locale, () =>
            batch.prepare(event.meta, requester, plan, event.attachments, locale),
          );
          return;
        }
        // The one settings read of this command, before the deferral says who sees it; a slow store
        // must not cost the 3-second window (private is the safe default, and the run reads again).
        const read = plan.private
          ? undefined
          : await runner.preferences(requester, { deadlineMs: visibilityTimeoutMs });
        const preferences = read?.stored ? read : undefined;
        const shownToAll = preferences?.private === false;
        await responder.defer(!shownToAll);
        await runAndEdit(
          event,
          responder,
          locale,
          (signal) => runner.run(requester, plan, { signal, preferences }),
          shownToAll,
        );
        return;
      }
      case 'message-command': {
        await responder.defer(true);
        await runAndEdit(event, responder, locale, (signal) => lookUp(requester, event.text, signal));
        return;
      }
      case 'component': {
        const [value] = event.values;
        const plan = runner.plan(requester, {
          kind: 'action',
          actionId: baseActionId(event.customId),
          ...(value !== undefined ? { value } : {}),
        });
        if (plan.opens) {
          await responder.showModal(keyModal(plan.opens.scope, locale));
          return;
        }
        await responder.deferUpdate();
        const { batch } = deps;
        await runAndEdit(event, responder, locale, async (signal) => {
          const batchReply = await batch?.action(event.meta, requester, event.customId);
          return batchReply ?? runner.run(requester, plan, { signal });
        });
        return;
      }
      case 'modal': {
        const scope = scopeOfModal(event.customId);
        const apiKey = event.fields[KEY_INPUT_ID]?.trim() ?? '';
        await responder.defer(true);
        await runAndEdit(event, responder, locale, async () =>
          scope ? runner.linkKey(requester, apiKey, scope) : unexpectedReply(locale),
        );
        return;
      }
    }
  };
}

/** Only the error's class name reaches the log: messages can quote request bodies. */
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
