import type { Logger } from '@altum-chat/core';
import type { Settings, Store } from '@altum-chat/store';
import { type Locale, toLocale } from '../i18n/locale.ts';
import type { Requester } from './types.ts';

export interface RequesterPreferences {
  readonly locale: Locale;
  /** `true` ephemeral, `false` public, `undefined` not set. */
  readonly private: boolean | undefined;
}

/**
 * The language to answer in: the user's own setting, then the platform's locale, then the team's
 * setting, then the deployment default. Visibility: the user's, else the team's. A store outage
 * degrades to defaults rather than losing the reply.
 */
export async function requesterPreferences(
  store: Store,
  requester: Requester,
  fallback: Locale,
  logger: Logger,
): Promise<RequesterPreferences> {
  let user: Settings = {};
  let team: Settings = {};
  try {
    [user, team] = await Promise.all([
      store.settings.getUserSettings(requester),
      store.settings.getTeamSettings(requester),
    ]);
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'settings unavailable');
  }
  const locale = toLocale(user.language) ?? toLocale(requester.locale) ?? toLocale(team.language) ?? fallback;
  const visibility = user.visibility ?? team.visibility;
  return { locale, private: visibility === undefined ? undefined : visibility === 'ephemeral' };
}
