/**
 * Where the app may POST replies. A `response_url` comes inside the (signed) payload and a modal's
 * `private_metadata` round-trips through the client, so neither proves where it points; replies go
 * only to `https://` on Slack's webhook hosts. Tests and local fakes list their own origins
 * (`SLACK_RESPONSE_URL_ORIGINS`); an entry without a port allows any port on that host.
 * https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
export const SLACK_RESPONSE_ORIGINS = ['https://hooks.slack.com', 'https://hooks.slack-gov.com'] as const;

/** Whether `url` may receive a reply under the allowed origins. */
export type ResponseUrlPolicy = (url: string) => boolean;

export function createResponseUrlPolicy(
  origins: readonly string[] = SLACK_RESPONSE_ORIGINS,
): ResponseUrlPolicy {
  const allowed = origins.map((origin) => new URL(origin));
  return (url) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return false;
    }
    if (target.username !== '' || target.password !== '') return false;
    return allowed.some(
      (entry) =>
        entry.protocol === target.protocol &&
        entry.hostname === target.hostname &&
        (entry.port === '' ? true : entry.port === target.port),
    );
  };
}
