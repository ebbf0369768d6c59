import type { Locale, Requester } from '@altum-chat/chat';
import type { ReplyVisibility, SettingsStore } from '@altum-chat/store';

export interface SlackPreferences {
  readonly locale: Locale;
  readonly visibility: ReplyVisibility;
}

/** The user's setting wins over the team's, then the deployment default; replies are private unless chosen otherwise. */
export async function loadPreferences(
  settings: SettingsStore,
  requester: Requester,
  defaultLocale: Locale,
): Promise<SlackPreferences> {
  const team = { platform: requester.platform, teamId: requester.teamId };
  const [user, shared] = await Promise.all([
    settings.getUserSettings({ ...team, userId: requester.userId }),
    settings.getTeamSettings(team),
  ]);
  return {
    locale: user.language ?? shared.language ?? defaultLocale,
    visibility: user.visibility ?? shared.visibility ?? 'ephemeral',
  };
}
