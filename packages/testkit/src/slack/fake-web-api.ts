import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseApiBody } from './read-body.ts';
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
  /** Serves `bytes` at a private-file URL (`url_private_download`), only with `Bearer <token>`. */
  hostFile(name: string, bytes: Uint8Array, token: string): string;
  /** Downloads of hosted files so far, with the authorization they carried. */
  readonly downloads: readonly { readonly name: string; readonly authorization: string | undefined }[];
  /**
   * Files uploaded through the external upload flow (files.getUploadURLExternal → POST to the
   * upload URL → files.completeUploadExternal), with their bytes.
   */
  readonly uploads: readonly { readonly fileId: string; readonly filename: string; readonly bytes: Buffer }[];
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
    ['conversations.open', { channel: { id: 'D0001' } }],
    ['files.completeUploadExternal', { files: [{ id: 'F000001', title: 'upload' }] }],
    ['chat.update', { channel: 'C0001', ts: '1700000000.000100' }],
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
  const hosted = new Map<string, { bytes: Uint8Array; token: string }>();
  const downloads: { name: string; authorization: string | undefined }[] = [];
  const uploads: { fileId: string; filename: string; bytes: Buffer }[] = [];
  const pendingUploads = new Map<string, string>();
  let nextFile = 1;
  let base = '';
  const server = createServer((req, res) => {
    void (async () => {
      const bytes = await readBytes(req);
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const file = /^\/files\/(.+)$/.exec(path);
      if (file) {
        const name = decodeURIComponent(file[1] ?? '');
        const entry = hosted.get(name);
        downloads.push({ name, authorization: req.headers.authorization });
        const ok = entry !== undefined && req.headers.authorization === `Bearer ${entry.token}`;
        res.writeHead(ok ? 200 : 404, { 'content-type': 'application/octet-stream' });
        res.end(ok ? Buffer.from(entry.bytes) : undefined);
        return;
      }
      const upload = /^\/upload\/(F\w+)$/.exec(path);
      if (upload) {
        const fileId = upload[1] ?? '';
        uploads.push({
          fileId,
          filename: pendingUploads.get(fileId) ?? '',
          bytes: filePart(bytes, req.headers['content-type']),
        });
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`OK - ${bytes.length}`);
        return;
      }
      const raw = bytes.toString('utf8');
      const method = path.replace(/^\/api\//, '');
      calls.push({
        method,
        args: parseApiBody(raw, req.headers['content-type']),
        raw,
        authorization: req.headers.authorization,
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      if (method === 'files.getUploadURLExternal') {
        const fileId = `F${String(nextFile++).padStart(6, '0')}`;
        const args = parseApiBody(raw, req.headers['content-type']);
        pendingUploads.set(fileId, String(args.filename ?? ''));
        res.end(JSON.stringify({ ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId }));
        return;
      }
      res.end(JSON.stringify({ ok: true, ...answers.get(method) }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
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
    hostFile(name, bytes, token) {
      hosted.set(name, { bytes, token });
      return `${base}/files/${encodeURIComponent(name)}`;
    },
    downloads,
    uploads,
    close,
    [Symbol.asyncDispose]: close,
  };
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The file bytes of a one-part `multipart/form-data` upload (how the WebClient posts), or the body as-is. */
function filePart(body: Buffer, contentType: string | undefined): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  const name = boundary?.[1] ?? boundary?.[2];
  if (!name) return body;
  const start = body.indexOf('\r\n\r\n');
  const end = body.lastIndexOf(`\r\n--${name}`);
  return start === -1 || end <= start ? body : body.subarray(start + 4, end);
}
