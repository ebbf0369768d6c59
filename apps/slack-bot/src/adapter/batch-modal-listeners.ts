import { batchCommand } from '@altum-chat/chat';
import type { App, SlackShortcut, ViewSubmitAction, webApi } from '@slack/bolt';
import { slackText } from '../i18n/slack-messages.ts';
import type { SlackMessage } from '../render/block-types.ts';
import {
  BATCH_BLOCKS,
  BATCH_MODAL_ID,
  BATCH_SHORTCUT,
  batchChoices,
  batchModal,
} from '../views/batch-modal.ts';
import { asModal } from './as-view.ts';
import { estimateInDm, type SlackBatchDeps } from './batch-listener.ts';
import { afterAck, type HandlerDeps, preferencesFor } from './handler-deps.ts';
import { slackRequester } from './requester.ts';
import { tenantOf } from './tenant.ts';

/** The app's DM with a user (conversations.open, scope im:write); the user id as a channel otherwise. */
async function dmWith(client: webApi.WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId }).catch(() => undefined);
  return opened?.channel?.id ?? userId;
}

/**
 * Portfolios through a form: the global shortcut "Batch of addresses" (and `/altum batch` without a
 * file, see the command listener) opens a modal with the command and a file input; on submit the
 * chosen file is downloaded with the bot token and the estimate is posted in the user's DM with the
 * app, where Confirm, progress and results follow as for a file shared there.
 * https://docs.slack.dev/reference/block-kit/block-elements/file-input-element
 */
export function registerBatchModal(app: App, deps: HandlerDeps, batch: SlackBatchDeps): void {
  app.shortcut<SlackShortcut>(BATCH_SHORTCUT, async ({ ack, body, client, context }) => {
    await ack();
    const prefs = await preferencesFor(deps, slackRequester(tenantOf(context), body.user.id), 300);
    await client.views.open({ trigger_id: body.trigger_id, view: asModal(batchModal(prefs.locale)) });
  });

  app.view<ViewSubmitAction>(BATCH_MODAL_ID, async ({ ack, body, view, client, context }) => {
    const requester = slackRequester(tenantOf(context), body.user.id);
    const chosen = batchChoices(view.state.values as unknown as Parameters<typeof batchChoices>[0]);
    const file = chosen.file;
    if (!file?.url_private_download) {
      const prefs = await preferencesFor(deps, requester, 300);
      await ack({
        response_action: 'errors',
        errors: { [BATCH_BLOCKS.file]: slackText(prefs.locale, 'batchModalNoFile') },
      });
      return;
    }
    await ack();
    const channel = await dmWith(client, body.user.id);
    const busy = (message: SlackMessage) => client.chat.postMessage({ channel, ...message });
    await afterAck(deps, requester, busy, async () => {
      // The form's choices, read by the registry like typed options.
      const plan = deps.runner.plan(requester, {
        kind: 'options',
        command: batchCommand.name,
        options: chosen.options,
      });
      await estimateInDm(deps, batch, { client, token: context.botToken ?? '' }, requester, plan, file, {
        kind: 'slack',
        teamId: tenantOf(context),
        channel,
      });
    });
  });
}
