import type { RequesterPreferences } from '@altum-chat/chat';
import type { ReplyVisibility } from '@altum-chat/store';

/** The runner's preferences, with the visibility Slack posts with: private unless chosen otherwise. */
export interface SlackPreferences extends RequesterPreferences {
  readonly visibility: ReplyVisibility;
}

export function slackPreferences(preferences: RequesterPreferences): SlackPreferences {
  return { ...preferences, visibility: preferences.private === false ? 'public' : 'ephemeral' };
}
