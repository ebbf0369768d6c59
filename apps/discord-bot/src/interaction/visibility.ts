import type { Requester } from '@altum-chat/chat';
import type { SettingsStore } from '@altum-chat/store';
import type { VisibilityLookup } from './create-handler.ts';

/**
 * The user's reply-visibility setting, then the team's; unset means private, like the Slack app, so
 * nobody's lookups land in a channel unless they chose that.
 */
export function createVisibilityLookup(settings: SettingsStore): VisibilityLookup {
  return async (requester: Requester) => {
    const team = { platform: requester.platform, teamId: requester.teamId };
    const [user, shared] = await Promise.all([
      settings.getUserSettings({ ...team, userId: requester.userId }),
      settings.getTeamSettings(team),
    ]);
    return user.visibility ?? shared.visibility ?? 'ephemeral';
  };
}
