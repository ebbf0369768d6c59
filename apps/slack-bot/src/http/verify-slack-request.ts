import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** How far a request's timestamp may be from our clock, either way (Slack's own rule is 5 minutes). */
export const MAX_SKEW_SECONDS = 300;

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Checks `X-Slack-Signature` over the raw body: `v0=` + HMAC-SHA256(secret, `v0:{ts}:{body}`),
 * constant-time, and rejects timestamps more than 5 minutes off in either direction (Bolt only
 * rejects old ones). https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
export function isSignedBySlack(
  signingSecret: string,
  headers: IncomingHttpHeaders,
  rawBody: Buffer,
  nowMs: number = Date.now(),
): boolean {
  const timestamp = header(headers, 'x-slack-request-timestamp');
  const signature = header(headers, 'x-slack-signature');
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(Math.floor(nowMs / 1000) - Number(timestamp)) > MAX_SKEW_SECONDS) return false;
  const expected = Buffer.from(
    `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(rawBody).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Slack's SSL check is an unsigned `ssl_check=1&token=…` form post. Only that exact shape may skip
 * the signature: anything else riding along (a smuggled `payload`, a command) must be signed
 * (the bypass fixed in slackapi/bolt-js#2899).
 */
export function isBareSslCheck(headers: IncomingHttpHeaders, rawBody: Buffer): boolean {
  if (!header(headers, 'content-type')?.startsWith('application/x-www-form-urlencoded')) return false;
  const fields = new URLSearchParams(rawBody.toString('utf8'));
  if (fields.get('ssl_check') !== '1') return false;
  return [...fields.keys()].every((key) => key === 'ssl_check' || key === 'token');
}
