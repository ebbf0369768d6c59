import type { AddressInfo } from 'node:net';
import type { AltumClient } from '@altum-chat/core';
import { App, HTTPReceiver, type Logger, LogLevel } from '@slack/bolt';

export interface BaselineDeps {
  readonly signingSecret: string;
  readonly botToken: string;
  readonly slackApiUrl: string;
  /** Only for `await-altum`: the client and key the hand-written handler calls before acking. */
  readonly altum?: { readonly client: AltumClient; readonly apiKey: string };
}

export interface BaselineApp {
  readonly url: string;
  stop(): Promise<void>;
}

const noop = (): void => {};
/** Bolt logs each late ack of the hand-written app; that is the point of the baseline, not news. */
const quietLogger: Logger = {
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  setLevel: noop,
  getLevel: () => LogLevel.ERROR,
  setName: noop,
};

/**
 * The two reference points for the Slack bench, both plain Bolt in HTTP mode:
 * - `empty`: the handler only acks — the fastest any Bolt app can answer (the limit);
 * - `await-altum`: awaits the Altum call, then acks with the answer, as many hand-written bots do.
 */
export async function startBaselineBolt(
  kind: 'empty' | 'await-altum',
  deps: BaselineDeps,
): Promise<BaselineApp> {
  const receiver = new HTTPReceiver({
    signingSecret: deps.signingSecret,
    endpoints: '/slack/events',
    processBeforeResponse: false,
    logger: quietLogger,
  });
  const app = new App({
    receiver,
    token: deps.botToken,
    logger: quietLogger,
    clientOptions: { slackApiUrl: deps.slackApiUrl, retryConfig: { retries: 0 } },
  });
  if (kind === 'empty') {
    app.command('/altum', async ({ ack }) => {
      await ack();
    });
  } else {
    const altum = deps.altum;
    if (!altum) throw new Error('await-altum needs a client');
    app.command('/altum', async ({ command, ack }) => {
      const [postcode = '', housenumber = '1'] = command.text.split(' ').slice(1);
      try {
        const data = await altum.client.call(
          'avm',
          { postcode, housenumber: Number(housenumber) },
          { apiKey: altum.apiKey },
        );
        await ack({ response_type: 'ephemeral', text: JSON.stringify(data).slice(0, 200) });
      } catch {
        await ack({ response_type: 'ephemeral', text: 'failed' });
      }
    });
  }
  const server = await app.start(0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    stop: async () => {
      server.closeAllConnections();
      await app.stop();
    },
  };
}
