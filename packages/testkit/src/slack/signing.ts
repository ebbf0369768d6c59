import { createHmac } from 'node:crypto';

/** Headers Slack adds to every request it sends to an app. */
export type SlackSignatureHeaders = {
  readonly 'x-slack-request-timestamp': string;
  readonly 'x-slack-signature': string;
};

/**
 * Signs a raw body the way Slack does: `v0=` + hex HMAC-SHA256(secret, `v0:{ts}:{body}`).
 * https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
export function signSlackRequest(
  signingSecret: string,
  rawBody: string,
  timestampSeconds: number = Math.floor(Date.now() / 1000),
): SlackSignatureHeaders {
  const ts = String(timestampSeconds);
  const digest = createHmac('sha256', signingSecret).update(`v0:${ts}:${rawBody}`).digest('hex');
  return { 'x-slack-request-timestamp': ts, 'x-slack-signature': `v0=${digest}` };
}

/** Everything Slack sends with a form-encoded request (slash commands, interactivity): type and signature. */
export function signedFormHeaders(signingSecret: string, rawBody: string): Record<string, string> {
  return { 'content-type': 'application/x-www-form-urlencoded', ...signSlackRequest(signingSecret, rawBody) };
}
