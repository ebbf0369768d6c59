import { randomBytes } from 'node:crypto';
import type { OnceStore } from '@altum-chat/store';
import type { InstallURLOptions, StateStore } from '@slack/bolt';

/** How long an install link's state stays usable (Slack's own default cookie life is 10 minutes). */
const STATE_TTL_MS = 10 * 60_000;

/** The error code Slack's OAuth library answers with 400 (`ErrorCode.InvalidStateError`). */
const INVALID_STATE = 'slack_oauth_invalid_state';

/**
 * OAuth `state` values that work once. Bolt's default (`ClearStateStore`) signs the state and
 * accepts it again until it expires, so a captured redirect URL and cookie allow a second code
 * exchange. Here the state is a random id kept in the shared store and deleted when the redirect
 * uses it; any instance can verify it, none twice.
 * https://docs.slack.dev/authentication/installing-with-oauth
 */
export function oneTimeStateStore(once: OnceStore): StateStore {
  return {
    async generateStateParam(installOptions: InstallURLOptions) {
      const state = randomBytes(24).toString('base64url');
      await once.claim(`slack:oauth-state:${state}`, STATE_TTL_MS, JSON.stringify(installOptions));
      return state;
    },
    async verifyStateParam(_now: Date, state: string) {
      const kept = /^[\w-]{16,64}$/.test(state) ? await once.take(`slack:oauth-state:${state}`) : undefined;
      if (kept === undefined) {
        throw Object.assign(new Error('The OAuth state is unknown, expired or already used.'), {
          code: INVALID_STATE,
        });
      }
      return JSON.parse(kept) as InstallURLOptions;
    },
  };
}
