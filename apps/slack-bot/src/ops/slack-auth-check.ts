import type { webApi } from '@slack/bolt';

/** How often the bot token is proven again while running (auth.test is Tier 4, so this is far below any limit). */
export const AUTH_CHECK_INTERVAL_MS = 60_000;

/** What /readyz reports for a failed check: the Slack error code only, never the token. */
export interface NotReady {
  readonly ready: false;
  readonly reason: string;
}

export interface SlackAuthCheck {
  /** For /readyz: true once `auth.test` passed on the last try; otherwise why not. */
  readiness(): true | NotReady;
  /** Checks now, then every `intervalMs` (timer unref'd, so it never keeps the process alive). */
  start(): Promise<void>;
  stop(): void;
}

/**
 * Proves the single-workspace bot token with `auth.test` at start and on a slow interval, so /readyz
 * says 503 while Slack refuses the token (revoked, uninstalled, mistyped) instead of ready.
 */
export function createSlackAuthCheck(
  client: webApi.WebClient,
  token: string,
  intervalMs: number = AUTH_CHECK_INTERVAL_MS,
): SlackAuthCheck {
  let state: true | NotReady = { ready: false, reason: 'slack auth.test not answered yet' };
  let timer: NodeJS.Timeout | undefined;
  const check = async (): Promise<void> => {
    try {
      await client.auth.test({ token });
      state = true;
    } catch (error) {
      // Web API errors carry Slack's code in data.error (e.g. invalid_auth, account_inactive).
      const code = (error as { data?: { error?: unknown } }).data?.error;
      state = {
        ready: false,
        reason: `slack auth.test failed: ${typeof code === 'string' && /^[a-z_]{1,60}$/.test(code) ? code : 'no answer'}`,
      };
    }
  };
  return {
    readiness: () => state,
    async start() {
      await check();
      timer ??= setInterval(() => void check(), intervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
