import type { Authorize, AuthorizeResult, webApi } from '@slack/bolt';

/**
 * Bolt's `authorize` for one workspace and a bot token. Bolt's own (`token` option) calls auth.test
 * once at construction and keeps that promise forever: one failed call at startup leaves an unhandled
 * rejection and every later request unauthorised until a restart. This caches only a success and
 * tries again on the next request after a failure. Each request gets its own copy: Bolt fills the
 * result's missing `teamId`/`enterpriseId` from the payload in place, so a shared object would carry
 * the first payload's tenant into every later one.
 * https://docs.slack.dev/tools/bolt-js/concepts/authorization
 */
export function singleWorkspaceAuthorize(client: webApi.WebClient, botToken: string): Authorize<boolean> {
  let cached: Promise<AuthorizeResult> | undefined;
  const verify = async (): Promise<AuthorizeResult> => {
    const result = await client.auth.test({ token: botToken });
    return {
      botToken,
      ...(result.user_id ? { botUserId: result.user_id } : {}),
      ...(result.bot_id ? { botId: result.bot_id } : {}),
    };
  };
  return async () => {
    cached ??= verify();
    try {
      return { ...(await cached) };
    } catch (error) {
      cached = undefined;
      throw error;
    }
  };
}
