import { formatAddress } from '@altum-chat/core';
import type { App, BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import { slackText } from '../i18n/slack-messages.ts';
import type { SlackMessage } from '../render/block-types.ts';
import { replyActionId } from '../render/reply-parts.ts';
import { HOME_LINK_KEY_ACTION } from '../views/app-home.ts';
import { keyModal } from '../views/key-modal.ts';
import { whatIfModal } from '../views/what-if-modal.ts';
import { asModal } from './as-view.ts';
import { batchAction } from './batch-listener.ts';
import { afterAck, type HandlerDeps, preferencesFor, requesterWithRole, runSafely } from './handler-deps.ts';
import { renderReply, rerunOf, SHARE_ACTION, WHAT_IF_ACTION } from './render-reply.ts';
import { slackRequester } from './requester.ts';
import { tenantOf } from './tenant.ts';

type Clicked = ButtonAction | StaticSelectAction;

const clickedValue = (action: Clicked): string | undefined =>
  action.type === 'button' ? action.value : action.selected_option?.value;

/**
 * Buttons and selects. Every id is stateless: Slack-only controls carry the command text in their
 * value, Reply actions carry the runner's own id, so any instance can answer after a restart.
 * https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 */
export function registerActions(app: App, deps: HandlerDeps): void {
  app.action<BlockAction<Clicked>>(SHARE_ACTION, async ({ ack, body, action, respond, context }) => {
    await ack();
    const requester = slackRequester(tenantOf(context), body.user.id);
    const busy = (message: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message });
    await afterAck(deps, requester, busy, async () => {
      const plan = deps.runner.plan(requester, { kind: 'text', text: clickedValue(action) ?? '' });
      const prefs = await preferencesFor(deps, requester);
      // Re-running is cheap: the client answers identical calls from its cache within the TTL.
      const reply = await runSafely(deps, prefs.locale, () =>
        deps.runner.run(requester, plan, { preferences: prefs }),
      );
      const message = await renderReply(reply, {
        locale: prefs.locale,
        charts: deps.charts,
        ephemeral: false,
        preface: slackText(prefs.locale, 'sharedBy', { user: body.user.id }),
      });
      await respond({
        response_type: reply.private ? 'ephemeral' : 'in_channel',
        replace_original: false,
        ...message,
      });
    });
  });

  app.action<BlockAction<Clicked>>(WHAT_IF_ACTION, async ({ ack, body, action, client, context }) => {
    await ack();
    const requester = slackRequester(tenantOf(context), body.user.id);
    // The button's value comes back from the client: plan it, and keep only the runner's own text of it.
    const plan = deps.runner.plan(requester, { kind: 'text', text: clickedValue(action) ?? '' });
    const rerun = rerunOf(plan);
    if (!plan.args || !rerun?.whatIf) return;
    const start = {
      address: plan.args.address ? formatAddress(plan.args.address) : '',
      levels: new Map((plan.args.measures ?? []).map((m) => [m.key, m.level])),
    };
    const prefs = await preferencesFor(deps, requester, 300);
    const modal = whatIfModal(
      prefs.locale,
      { text: rerun.text, responseUrl: body.response_url ?? '' },
      start,
    );
    if (!modal) {
      deps.logger.warn(
        { action: WHAT_IF_ACTION },
        'what-if state too long for private_metadata; form not opened',
      );
      return;
    }
    await client.views.open({ trigger_id: body.trigger_id, view: asModal(modal) });
  });

  app.action<BlockAction<Clicked>>(HOME_LINK_KEY_ACTION, async ({ ack, body, client, context }) => {
    await ack();
    const prefs = await preferencesFor(deps, slackRequester(tenantOf(context), body.user.id), 300);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: asModal(
        keyModal(prefs.locale, {
          scope: 'user',
          ...(body.response_url ? { responseUrl: body.response_url } : {}),
        }),
      ),
    });
  });

  app.action<BlockAction<Clicked>>(/^act:/, async ({ ack, body, action, respond, client, context }) => {
    await ack();
    const id = replyActionId(action.action_id) ?? '';
    const requester = slackRequester(tenantOf(context), body.user.id);
    const value = action.type === 'static_select' ? clickedValue(action) : undefined;
    const plan = deps.runner.plan(requester, {
      kind: 'action',
      actionId: id,
      ...(value === undefined ? {} : { value }),
    });
    const scope = plan.opens?.scope;
    if (scope) {
      const prefs = await preferencesFor(deps, requester, 300);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: asModal(
          keyModal(prefs.locale, { scope, ...(body.response_url ? { responseUrl: body.response_url } : {}) }),
        ),
      });
      return;
    }
    // A card in a link unfurl belongs to someone else's message: the clicker gets their own answer.
    const replace = !inAppUnfurl(body);
    const busy = (message: SlackMessage) =>
      respond({ response_type: 'ephemeral', replace_original: replace, ...message });
    await afterAck(deps, requester, busy, async () => {
      const prefs = await preferencesFor(deps, requester);
      const batchReply = await batchAction(deps, deps.batch, tenantOf(context), body.user.id, id);
      if (batchReply) {
        const message = await renderReply(batchReply, {
          locale: prefs.locale,
          charts: deps.charts,
          ephemeral: false,
        });
        await respond({ replace_original: true, ...message });
        return;
      }
      const withRole = await requesterWithRole(client, tenantOf(context), body.user.id, plan.needsAdmin);
      const reply = await runSafely(deps, prefs.locale, () =>
        deps.runner.run(withRole, plan, { preferences: prefs }),
      );
      const message = await renderReply(reply, {
        locale: prefs.locale,
        charts: deps.charts,
        ephemeral: true,
      });
      await respond({ response_type: 'ephemeral', replace_original: replace, ...message });
    });
  });
}

/** Whether the click came from an app unfurl (a card under a shared listing link). */
function inAppUnfurl(body: BlockAction<Clicked>): boolean {
  return (body.container as { is_app_unfurl?: unknown } | undefined)?.is_app_unfurl === true;
}
