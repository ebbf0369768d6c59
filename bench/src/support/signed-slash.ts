import { signSlackRequest, slashCommandBody } from '@altum-chat/testkit/slack';
import { type Agent, request } from 'undici';

/** A `/altum` slash command as Slack would send it: form body plus its signature headers. */
export interface SignedSlash {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

export function signedSlash(
  signingSecret: string,
  command: {
    readonly text: string;
    readonly responseUrl: string;
    readonly userId: string;
    readonly teamId?: string;
  },
): SignedSlash {
  const body = slashCommandBody(command);
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...signSlackRequest(signingSecret, body),
    },
  };
}

/** Posts a signed slash command and reads the ack to the end; resolves to the HTTP status. */
export async function postSignedSlash(url: string, signed: SignedSlash, agent: Agent): Promise<number> {
  const res = await request(url, {
    method: 'POST',
    headers: signed.headers,
    body: signed.body,
    dispatcher: agent,
  });
  await res.body.text();
  return res.statusCode;
}
