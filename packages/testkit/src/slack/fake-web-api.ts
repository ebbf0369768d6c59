import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseApiBody, readBody } from './read-body.ts';
import { Recorder } from './recorder.ts';

/** One Web API call the app made, e.g. `views.open`. */
export interface RecordedApiCall {
  readonly method: string;
  /** Parsed arguments; JSON-valued form fields (`view`, `blocks`) are parsed too. */
  readonly args: Record<string, unknown>;
  /** The body exactly as sent, for scanning for secrets. */
  readonly raw: string;
  readonly authorization: string | undefined;
}

/** A running fake of https://slack.com/api/ on 127.0.0.1; dispose with `await using` or `close()`. */
export interface FakeSlackApi extends AsyncDisposable {
  /** Base URL for `clientOptions.slackApiUrl`, with the trailing slash the WebClient expects. */
  readonly apiUrl: string;
  readonly calls: Recorder<RecordedApiCall>;
  /** Every call to one method so far. */
  callsTo(method: string): readonly RecordedApiCall[];
  /** Overrides the answer for a method (merged over `{ ok: true }`). */
  answer(method: string, body: Record<string, unknown>): void;
  close(): Promise<void>;
}

export interface FakeSlackApiOptions {
  readonly teamId?: string;
  readonly botUserId?: string;
  readonly botId?: string;
}

function defaultAnswers(options: Required<FakeSlackApiOptions>): Map<string, Record<string, unknown>> {
  const { teamId, botUserId, botId } = options;
  return new Map<string, Record<string, unknown>>([
    [
      'auth.test',
      {
        url: 'https://fake.slack.com/',
        team: 'Fake',
        user: 'altum',
        team_id: teamId,
        user_id: botUserId,
        bot_id: botId,
      },
    ],
    ['views.open', { view: { id: 'V_OPENED', hash: 'h-open' } }],
    ['views.update', { view: { id: 'V_OPENED', hash: 'h-update' } }],
    ['views.publish', { view: { id: 'V_HOME', hash: 'h-home' } }],
    ['chat.postMessage', { channel: 'C0001', ts: '1700000000.000100' }],
    ['chat.postEphemeral', { message_ts: '1700000000.000200' }],
    [
      'users.info',
      { user: { id: 'U0001', team_id: teamId, is_admin: false, is_owner: false, locale: 'en-US' } },
    ],
    [
      'oauth.v2.access',
      {
        app_id: 'A0001',
        authed_user: { id: 'U0001' },
        scope: 'commands,chat:write',
        token_type: 'bot',
        access_token: 'xoxb-fake-installed-token',
        bot_user_id: botUserId,
        team: { id: teamId, name: 'Fake' },
        enterprise: null,
        is_enterprise_install: false,
      },
    ],
  ]);
}

/** Starts a fake Slack Web API that records every call and answers `ok: true`. */
export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const answers = defaultAnswers({ teamId: 'T0001', botUserId: 'UBOT', botId: 'BBOT', ...options });
  const calls = new Recorder<RecordedApiCall>();
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const method = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/api\//, '');
      calls.push({
        method,
        args: parseApiBody(raw, req.headers['content-type']),
        raw,
        authorization: req.headers.authorization,
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, ...answers.get(method) }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    callsTo: (method) => calls.items.filter((call) => call.method === method),
    answer: (method, body) => {
      answers.set(method, body);
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
