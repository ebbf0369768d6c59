import type { App, ViewSubmitAction } from '@slack/bolt';
import { slackText } from '../i18n/slack-messages.ts';
import type { SlackMessage } from '../render/block-types.ts';
import { decodeKeyState, KEY_BLOCK_ID, KEY_INPUT_ID, KEY_MODAL_ID } from '../views/key-modal.ts';
import {
  decodeWhatIfState,
  type StateValues,
  WHAT_IF_MODAL_ID,
  whatIfChoices,
} from '../views/what-if-modal.ts';
import { afterAck, type HandlerDeps, preferencesFor, requesterWithRole, runSafely } from './handler-deps.ts';
import { publishHome } from './home-listener.ts';
import { postResponse } from './post-response.ts';
import { renderReply, rerunOf } from './render-reply.ts';
import { slackRequester } from './requester.ts';
import { tenantOf } from './tenant.ts';

/**
 * Modal submissions. The key modal hands the typed key straight to `runner.linkKey` (which validates
 * and stores it encrypted); nothing sent back to Slack contains it.
 * https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload
 */
export function registerViews(app: App, deps: HandlerDeps): void {
  /** A reply URL from private_metadata off the allow-list: refuse the submission (logged, not run). */
  const foreign = (url: string | undefined): boolean => {
    if (url === undefined || deps.responseUrls(url)) return false;
    deps.logger.warn({}, 'slack modal with a foreign response_url refused');
    return true;
  };

  app.view<ViewSubmitAction>(KEY_MODAL_ID, async ({ ack, body, view, client, context }) => {
    const state = decodeKeyState(view.private_metadata);
    if (foreign(state.responseUrl)) {
      await ack();
      return;
    }
    const typed = view.state.values[KEY_BLOCK_ID]?.[KEY_INPUT_ID]?.value?.trim() ?? '';
    const requester = slackRequester(tenantOf(context), body.user.id);
    if (typed === '') {
      const prefs = await preferencesFor(deps, requester, 300);
      await ack({
        response_action: 'errors',
        errors: { [KEY_BLOCK_ID]: slackText(prefs.locale, 'keyModalEmpty') },
      });
      return;
    }
    // Close at once: validating the key is an Altum call and may take longer than the 3 s Slack waits.
    await ack();
    const busy = (message: SlackMessage) =>
      state.responseUrl
        ? postResponse(deps.slackFetch, state.responseUrl, {
            response_type: 'ephemeral',
            replace_original: false,
            ...message,
          })
        : client.chat.postMessage({ channel: body.user.id, text: message.text, blocks: [...message.blocks] });
    await afterAck(deps, requester, busy, async () => {
      const withRole = await requesterWithRole(
        client,
        tenantOf(context),
        body.user.id,
        state.scope === 'team',
      );
      const prefs = await preferencesFor(deps, withRole);
      const reply = await runSafely(deps, prefs.locale, () =>
        deps.runner.linkKey(withRole, typed, state.scope),
      );
      const message = await renderReply(reply, {
        locale: prefs.locale,
        charts: deps.charts,
        ephemeral: true,
      });
      if (state.responseUrl) {
        await postResponse(deps.slackFetch, state.responseUrl, {
          response_type: 'ephemeral',
          replace_original: false,
          ...message,
        });
      } else {
        // From App Home there is no response_url: the app's own DM with the user is private to them.
        await client.chat.postMessage({
          channel: body.user.id,
          text: message.text,
          blocks: [...message.blocks],
        });
      }
      await publishHome(deps, client, withRole);
    });
  });

  app.view<ViewSubmitAction>(WHAT_IF_MODAL_ID, async ({ ack, body, view, context }) => {
    await ack();
    const state = decodeWhatIfState(view.private_metadata);
    if (!state || foreign(state.responseUrl)) return;
    const requester = slackRequester(tenantOf(context), body.user.id);
    const busy = (message: SlackMessage) =>
      postResponse(deps.slackFetch, state.responseUrl, {
        response_type: 'ephemeral',
        replace_original: true,
        ...message,
      });
    await afterAck(deps, requester, busy, async () => {
      const original = deps.runner.plan(requester, { kind: 'text', text: state.text });
      const chosen = whatIfChoices(view.state.values as unknown as StateValues);
      // The chosen levels replace the ones asked with; the runner reads them like Discord options.
      const plan = original.args
        ? deps.runner.plan(requester, {
            kind: 'options',
            command: original.args.command,
            options: { ...original.args.options, ...chosen },
          })
        : original;
      const prefs = await preferencesFor(deps, requester);
      const reply = await runSafely(deps, prefs.locale, () =>
        deps.runner.run(requester, plan, { preferences: prefs }),
      );
      const message = await renderReply(reply, {
        locale: prefs.locale,
        charts: deps.charts,
        rerun: rerunOf(plan),
        ephemeral: true,
      });
      await postResponse(deps.slackFetch, state.responseUrl, {
        response_type: 'ephemeral',
        replace_original: true,
        ...message,
      });
    });
  });
}
