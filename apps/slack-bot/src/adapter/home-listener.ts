import type { Requester } from '@altum-chat/chat';
import type { App, webApi } from '@slack/bolt';
import { appHomeView } from '../views/app-home.ts';
import { asHome } from './as-view.ts';
import { type HandlerDeps, preferencesFor } from './handler-deps.ts';
import { slackRequester } from './requester.ts';
import { tenantOf } from './tenant.ts';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Renders and publishes the App Home tab for one user. https://docs.slack.dev/reference/methods/views.publish */
export async function publishHome(
  deps: HandlerDeps,
  client: webApi.WebClient,
  requester: Requester,
): Promise<void> {
  const team = { platform: requester.platform, teamId: requester.teamId };
  const [prefs, userKey, teamKey, week] = await Promise.all([
    preferencesFor(deps, requester),
    deps.store.keys.getUserKeyMetadata({ ...team, userId: requester.userId }),
    deps.store.keys.getTeamKeyMetadata(team),
    deps.store.usage.summarizeUsage({
      ...team,
      userId: requester.userId,
      since: new Date(Date.now() - WEEK_MS),
    }),
  ]);
  await client.views.publish({
    user_id: requester.userId,
    view: asHome(appHomeView({ userKey, teamKey, week, locale: prefs.locale })),
  });
}

export function registerHome(app: App, deps: HandlerDeps): void {
  app.event('app_home_opened', async ({ event, context, client }) => {
    if (event.tab !== 'home') return;
    await publishHome(deps, client, slackRequester(tenantOf(context), event.user));
  });
}
