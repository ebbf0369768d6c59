import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createAddressResolver } from '@altum-chat/address';
import { type BatchEvent, type BatchService, type ChatRunner, createChatRunner } from '@altum-chat/chat';
import type { AltumClient, Logger } from '@altum-chat/core';
import { createAltumClient } from '@altum-chat/core';
import { createLogger, createSecretRegistry, type ServerTimeouts } from '@altum-chat/ops';
import { openStore, type Store } from '@altum-chat/store';
import {
  FAKE_KEYS,
  type FakeAltum,
  type FakePdok,
  NO_RETRY,
  startFakeAltum,
  startFakePdok,
} from '@altum-chat/testkit';
import {
  type FakeSlackApi,
  interactivityBody,
  type ResponseSink,
  signSlackRequest,
  slashCommandBody,
  startFakeSlackApi,
  startResponseSink,
} from '@altum-chat/testkit/slack';
import type { PostAckQueueOptions } from '../src/adapter/post-ack-queue.ts';
import type { SlackConfig } from '../src/config.ts';
import { createSlackApp, type SlackApp } from '../src/create-slack-app.ts';
import { type ObservingProxy, startObservingProxy } from './observing-proxy.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-bot-token';
/** A second key the fake accepts: the one users link through the modal. */
export const LINKED_KEY = 'fake-altum-linked-key-SECRET-7777';

export interface HarnessOptions {
  readonly publicUrl?: string;
  readonly oauth?: boolean;
  /** Where the app sends Altum calls: directly to the fake, or through an observing proxy. */
  readonly onAltumFinished?: (path: string) => void;
  /** Composes a batch service (files shared in a DM); its events are delivered by the app. */
  readonly batch?: (deps: {
    readonly store: Store;
    readonly runner: ChatRunner;
    readonly logger: Logger;
    readonly altumUrl: string;
    readonly onEvent: (event: BatchEvent) => Promise<void>;
  }) => { readonly client: AltumClient; readonly service: BatchService };
  /** HTTP server limits (`serverOptions`); the slow-client test shortens them. */
  readonly timeouts?: ServerTimeouts;
  /** Post-ack queue limits (per-user in flight and queued); the fairness test tightens them. */
  readonly postAck?: PostAckQueueOptions;
  /** Told when Slack refused a reply for its images and the app re-sent it without them. */
  readonly onImagesRefused?: () => void;
}

export interface Harness extends AsyncDisposable {
  readonly altum: FakeAltum;
  /** The fake Locatieserver the runner looks typed addresses up on. */
  readonly pdok: FakePdok;
  readonly slackApi: FakeSlackApi;
  readonly sink: ResponseSink;
  readonly store: Store;
  readonly slack: SlackApp;
  readonly baseUrl: string;
  readonly dataDir: string;
  /** Every ack body the app returned, for secret scans. */
  readonly ackBodies: string[];
  /** Every log line the app and the runner wrote (debug level), for secret scans. */
  logs(): string;
  /** POSTs a signed body to /slack/events. */
  post(body: string, contentType?: string, headers?: Readonly<Record<string, string>>): Promise<Response>;
  slash(
    text: string,
    responseName: string,
    extra?: { triggerId?: string; userId?: string },
  ): Promise<Response>;
  interact(payload: unknown): Promise<Response>;
  /** Bytes of every file in the data folder, for plaintext scans of the database. */
  dataFiles(): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const altum = await startFakeAltum({ apiKeys: [FAKE_KEYS.valid, LINKED_KEY] });
  const pdok = await startFakePdok();
  const addresses = createAddressResolver({ baseUrl: pdok.url, retries: 0 });
  let proxy: ObservingProxy | undefined;
  if (options.onAltumFinished) proxy = await startObservingProxy(altum.url, options.onAltumFinished);
  const slackApi = await startFakeSlackApi();
  const sink = await startResponseSink();
  const dataDir = await mkdtemp(join(tmpdir(), 'altum-slack-'));
  const store = await openStore({ dataDir, masterKey: randomBytes(32).toString('base64') });
  let logText = '';
  // Secrets deliberately not registered: the tests scan for them, so the app must not log them at all.
  const logger = createLogger({
    level: 'debug',
    secrets: createSecretRegistry(),
    destination: new Writable({
      write(chunk, _encoding, done) {
        logText += String(chunk);
        done();
      },
    }),
  });
  const client = createAltumClient({
    baseUrl: proxy?.url ?? altum.url,
    retry: NO_RETRY,
    cache: false,
    logger,
  });
  const runner = createChatRunner({
    client,
    addresses,
    store,
    logger,
    deploymentKey: FAKE_KEYS.valid,
    defaultLocale: 'en',
  });
  const config: Pick<SlackConfig, 'slack' | 'publicUrl' | 'defaultLocale'> = {
    slack: {
      signingSecret: SIGNING_SECRET,
      botToken: options.oauth ? undefined : BOT_TOKEN,
      appToken: undefined,
      oauth: options.oauth
        ? { clientId: '123.456', clientSecret: 'client-secret', stateSecret: 'state-secret' }
        : undefined,
      apiUrl: slackApi.apiUrl,
      responseUrlOrigins: ['http://127.0.0.1'],
    },
    publicUrl: options.publicUrl,
    defaultLocale: 'en',
  };
  let deliver: (event: BatchEvent) => Promise<void> = async () => {};
  const batch = options.batch?.({
    store,
    runner,
    logger,
    altumUrl: altum.url,
    onEvent: (event) => deliver(event),
  });
  const slack = createSlackApp({
    config,
    runner,
    store,
    logger,
    ...(batch ? { batch: { service: batch.service, maxBytes: 5 * 1024 * 1024 } } : {}),
    clientOptions: { retryConfig: { retries: 0 } },
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    ...(options.postAck ? { postAck: options.postAck } : {}),
    ...(options.onImagesRefused ? { onImagesRefused: options.onImagesRefused } : {}),
    // The runner's resolver serves link unfurls and "Look up address" too, as in production.
    addresses,
  });
  deliver = slack.deliverBatch;
  const port = await slack.start(0, '127.0.0.1');
  await batch?.service.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  const ackBodies: string[] = [];

  const post = async (
    body: string,
    contentType = 'application/x-www-form-urlencoded',
    headers?: Readonly<Record<string, string>>,
  ) => {
    const res = await fetch(`${baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(headers ?? signSlackRequest(SIGNING_SECRET, body)) },
      body,
    });
    const text = await res.text();
    ackBodies.push(text);
    return new Response(text, { status: res.status, headers: res.headers });
  };

  const close = async (): Promise<void> => {
    await batch?.service.stop(2_000);
    await slack.stop();
    await batch?.client.close();
    await client.close();
    await addresses.close();
    await store.close();
    await Promise.all([altum.close(), pdok.close(), slackApi.close(), sink.close(), proxy?.close()]);
    await rm(dataDir, { recursive: true, force: true });
  };

  return {
    altum,
    pdok,
    slackApi,
    sink,
    store,
    slack,
    baseUrl,
    dataDir,
    ackBodies,
    logs: () => logText,
    post,
    slash: (text, responseName, extra) =>
      post(
        slashCommandBody({
          text,
          responseUrl: sink.url(responseName),
          ...(extra?.triggerId ? { triggerId: extra.triggerId } : {}),
          ...(extra?.userId ? { userId: extra.userId } : {}),
        }),
      ),
    interact: (payload) => post(interactivityBody(payload)),
    dataFiles: async () => {
      const names = await readdir(dataDir);
      const contents = await Promise.all(
        names.map((name) => readFile(join(dataDir, name)).catch(() => Buffer.alloc(0))),
      );
      return Buffer.concat(contents).toString('latin1');
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

/** All text inside the blocks of a recorded response, for assertions on what the user sees. */
export function visibleText(body: Record<string, unknown>): string {
  return JSON.stringify(body.blocks ?? []);
}
