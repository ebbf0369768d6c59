import type { Logger } from '@altum-chat/core';
import { silentLogger } from '@altum-chat/core';
import type { PostAckQueueOptions } from '@altum-chat/slack-bot/src/adapter/post-ack-queue.ts';
import {
  type FakeSlackApi,
  type ResponseSink,
  signSlackRequest,
  slashCommandBody,
  startFakeSlackApi,
  startResponseSink,
} from '@altum-chat/testkit/slack';
import { type Dispatcher, fetch as undiciFetch } from 'undici';
import { createSlackApp } from './app-factories.ts';
import { type RunnerEnv, type RunnerEnvOptions, startRunnerEnv } from './runner-env.ts';

export const SLACK_SIGNING_SECRET = 'ops-signing-secret-5f2a9c71e4b80d36';
export const SLACK_BOT_TOKEN = 'xoxb-4242424242-1717171717-OpsSuiteBotTokenValue';

export interface SlackEnvOptions extends RunnerEnvOptions {
  /** Load generators pass an undici Agent with enough connections. */
  readonly dispatcher?: Dispatcher;
  /** Post-ack queue limits (the fairness bench opens the per-user queue). */
  readonly postAck?: PostAckQueueOptions;
}

/** The real Slack app in HTTP mode (its factory), in front of a runner env, a fake Web API and a response_url sink. */
export interface SlackEnv extends RunnerEnv {
  readonly env: RunnerEnv;
  readonly slack: ReturnType<typeof createSlackApp>;
  readonly sink: ResponseSink;
  readonly slackApi: FakeSlackApi;
  readonly baseUrl: string;
  /** POSTs a body to /slack/events, signed unless `headers` are given. */
  post(
    body: string,
    options?: { contentType?: string; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    text: string;
  }>;
  /** A signed `/altum <text>` whose replies go to the sink under `name`. */
  slash(text: string, name: string, userId?: string): Promise<{ status: number; text: string }>;
}

export async function startSlackEnv(options: SlackEnvOptions = {}): Promise<SlackEnv> {
  const env = await startRunnerEnv(options);
  const logger: Logger = options.logger ?? silentLogger;
  const slackApi = await startFakeSlackApi();
  const sink = await startResponseSink();
  const slack = createSlackApp({
    config: {
      slack: {
        signingSecret: SLACK_SIGNING_SECRET,
        botToken: SLACK_BOT_TOKEN,
        appToken: undefined,
        oauth: undefined,
        apiUrl: slackApi.apiUrl,
        responseUrlOrigins: ['http://127.0.0.1'],
      },
      publicUrl: undefined,
      defaultLocale: 'en',
    },
    runner: env.runner,
    store: env.store,
    logger,
    clientOptions: { retryConfig: { retries: 0 } },
    ...(options.postAck ? { postAck: options.postAck } : {}),
  });
  const port = await slack.start(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;

  const post: SlackEnv['post'] = async (body, postOptions = {}) => {
    const headers = {
      'content-type': postOptions.contentType ?? 'application/x-www-form-urlencoded',
      ...(postOptions.headers ?? signSlackRequest(SLACK_SIGNING_SECRET, body)),
    };
    const res = await undiciFetch(`${baseUrl}/slack/events`, {
      method: 'POST',
      headers,
      body,
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
    return { status: res.status, text: await res.text() };
  };

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      await slack.stop();
      await env.close();
      await Promise.all([slackApi.close(), sink.close()]);
    })();
    return closed;
  };
  return {
    ...env,
    env,
    slack,
    sink,
    slackApi,
    baseUrl,
    post,
    slash: (text, name, userId) =>
      post(slashCommandBody({ text, responseUrl: sink.url(name), ...(userId ? { userId } : {}) })),
    close,
    [Symbol.asyncDispose]: close,
  };
}
