import type { Logger } from '@altum-chat/core';
import type { Settings, Store } from '@altum-chat/store';
import { type Locale, toLocale } from '../i18n/locale.ts';
import type { Requester } from './types.ts';

/** What one settings read says about how to answer a requester (`runner.preferences`). */
export interface RequesterPreferences {
  readonly locale: Locale;
  /** `true` ephemeral, `false` public, `undefined` not set. */
  readonly private: boolean | undefined;
  /** Read from the store; `false` when these are the defaults (store slow past the deadline, or down). */
  readonly stored: boolean;
}

/**
 * The language to answer in: the user's own setting, then the platform's locale, then the team's
 * setting, then the deployment default. Visibility: the user's, else the team's. A store outage, or
 * a read slower than `deadlineMs` (an ack is waiting), degrades to defaults rather than losing the reply.
 */
export async function requesterPreferences(
  store: Store,
  requester: Requester,
  fallback: Locale,
  logger: Logger,
  deadlineMs?: number,
): Promise<RequesterPreferences> {
  const defaults: RequesterPreferences = {
    locale: toLocale(requester.locale) ?? fallback,
    private: undefined,
    stored: false,
  };
  const read = Promise.all([
    store.settings.getUserSettings(requester),
    store.settings.getTeamSettings(requester),
  ]).then(
    ([user, team]) => fromSettings(user, team, requester, fallback),
    (error: unknown) => {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'settings unavailable');
      return defaults;
    },
  );
  if (deadlineMs === undefined) return read;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<RequesterPreferences>((resolve) => {
    timer = setTimeout(() => resolve(defaults), deadlineMs);
  });
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}

function fromSettings(
  user: Settings,
  team: Settings,
  requester: Requester,
  fallback: Locale,
): RequesterPreferences {
  const locale = toLocale(user.language) ?? toLocale(requester.locale) ?? toLocale(team.language) ?? fallback;
  const visibility = user.visibility ?? team.visibility;
  return { locale, private: visibility === undefined ? undefined : visibility === 'ephemeral', stored: true };
}
