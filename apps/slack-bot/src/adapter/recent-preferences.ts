import type { Requester } from '@altum-chat/chat';
import type { SlackPreferences } from './preferences.ts';

/** What an ack needs to know: the language (and visibility) last read for the user. */
type Recent = Pick<SlackPreferences, 'locale' | 'visibility'>;

/**
 * Preferences of recently seen users, in process, so an ack can speak the user's language without
 * waiting on the store. Filled after each store read; a change shows in the next ack at the latest.
 */
export interface RecentPreferences {
  get(requester: Requester): Recent | undefined;
  set(requester: Requester, preferences: Recent): void;
}

const keyOf = (requester: Requester): string => `${requester.teamId}\u0000${requester.userId}`;

/** A bounded map in insertion order: re-setting moves a user to the back, the oldest goes first. */
export function createRecentPreferences(maxUsers = 10_000): RecentPreferences {
  const entries = new Map<string, Recent>();
  return {
    get: (requester) => entries.get(keyOf(requester)),
    set(requester, preferences) {
      const key = keyOf(requester);
      entries.delete(key);
      entries.set(key, { locale: preferences.locale, visibility: preferences.visibility });
      if (entries.size > maxUsers) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
  };
}
