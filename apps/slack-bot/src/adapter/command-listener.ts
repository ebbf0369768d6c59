import type { App } from '@slack/bolt';
import { slackText } from '../i18n/slack-messages.ts';
import type { SlackMessage } from '../render/block-types.ts';
import { batchModal } from '../views/batch-modal.ts';
import { keyModal } from '../views/key-modal.ts';
import { asModal } from './as-view.ts';
import { afterAck, type HandlerDeps, preferencesFor, requesterWithRole, runSafely } from './handler-deps.ts';
import { renderReply, rerunOf } from './render-reply.ts';
import { slackRequester } from './requester.ts';
import { tenantOf } from './tenant.ts';

/**
 * `/altum <text>`: ack at once with an ephemeral "working…" message, then run the command and replace
 * that message through the response_url. Nothing before the ack touches the store or the network:
 * the ack speaks the language last seen for this user in this process (else the default), and the
 * real preferences are read after it.
 * https://docs.slack.dev/interactivity/implementing-slash-commands
 */
export function registerCommand(app: App, deps: HandlerDeps, command = '/altum'): void {
  app.command(command, async ({ command: body, ack, respond, client, context }) => {
    const text = body.text.trim();
    const basic = slackRequester(tenantOf(context), body.user_id);
    // Pure and synchronous: what the command is, decided before the ack and never again.
    const plan = deps.runner.plan(basic, { kind: 'text', text });

    // `/altum batch value` without a file: the batch form, whose file input takes one.
    if (plan.takesFile && deps.batch) {
      await ack();
      const prefs = await preferencesFor(deps, basic, 300);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: asModal(batchModal(prefs.locale, plan.args)),
      });
      return;
    }

    const scope = plan.opens?.scope;
    if (scope) {
      await ack();
      // The trigger_id stays valid for 3 s; one settings read fits well inside it.
      const prefs = await preferencesFor(deps, basic, 300);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: asModal(keyModal(prefs.locale, { scope, responseUrl: body.response_url })),
      });
      return;
    }

    // The ack never echoes the command text: someone may have typed a key into it.
    const ackLocale = deps.recentPreferences.get(basic)?.locale ?? deps.defaultLocale;
    await ack({ response_type: 'ephemeral', text: `⏳ ${slackText(ackLocale, 'working')}` });

    // After the ack, through the queue: the next requests of a burst get their acks written first.
    const busy = (message: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: true, ...message });
    await afterAck(deps, basic, busy, async () => {
      const prefs = await preferencesFor(deps, basic);
      const requester = await requesterWithRole(client, tenantOf(context), body.user_id, plan.needsAdmin);
      const reply = await runSafely(deps, prefs.locale, () =>
        deps.runner.run(requester, plan, { preferences: prefs }),
      );
      const visibility = reply.private ? 'ephemeral' : prefs.visibility;
      const message = await renderReply(reply, {
        locale: prefs.locale,
        charts: deps.charts,
        rerun: rerunOf(plan),
        ephemeral: visibility === 'ephemeral',
      });
      if (visibility === 'public') {
        // An ephemeral message cannot become a channel message: post the result, then drop "working…".
        await respond({ response_type: 'in_channel', replace_original: false, ...message });
        await respond({ delete_original: true });
        return;
      }
      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    });
  });
}
