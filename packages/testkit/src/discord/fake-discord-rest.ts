import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayBotInfo } from 'discord-api-types/v10';
import { answerDiscordCall } from './fake-discord-routes.ts';

/** A file part of a multipart request (`files[n]`), as @discordjs/rest sends chart images. */
export interface RecordedFile {
  readonly field: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  /** The file's bytes, so a test can read an uploaded result. */
  readonly data: Uint8Array;
}

/** One call the bot made to the fake Discord REST API. */
export interface RecordedDiscordCall {
  readonly method: string;
  /** Path below the version prefix, e.g. `/interactions/1/tok/callback`. */
  readonly path: string;
  /** Parsed JSON body, or the parsed `payload_json` part of a multipart body. */
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
  /** Whether an `Authorization` header was present (its value is never recorded). */
  readonly authorized: boolean;
}

export interface FakeDiscordRest extends AsyncDisposable {
  /** Hand this to @discordjs/rest as `api` (the library appends `/v10`). */
  readonly api: string;
  /** The origin attachment URLs are served from (a bot under test allows it as a Discord CDN host). */
  readonly cdnOrigin: string;
  /** Serves `bytes` as an uploaded attachment, like Discord's CDN; returns its URL. */
  hostFile(name: string, bytes: Uint8Array): string;
  /** Makes posts to a channel fail as Discord does without access (403, code 50001). */
  forbidChannel(channelId: string): void;
  readonly calls: readonly RecordedDiscordCall[];
  /** Resolves with the first recorded call matching `predicate`, waiting for it if needed. */
  waitForCall(
    predicate: (call: RecordedDiscordCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedDiscordCall>;
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(
  req: IncomingMessage,
  raw: Buffer,
): Promise<Pick<RecordedDiscordCall, 'body' | 'files'>> {
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: RecordedFile[] = [];
    let body: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        const data = new Uint8Array(await value.arrayBuffer());
        files.push({ field, name: value.name, contentType: value.type, size: value.size, data });
      }
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [] };
}

export interface FakeDiscordRestOptions {
  /** The answer to GET /gateway/bot (a fake gateway's `gatewayBot(n)`); without it that route is a 404. */
  readonly gatewayBot?: APIGatewayBotInfo;
}

/**
 * Starts a fake Discord REST API on 127.0.0.1 (port 0) that records every call and answers like
 * Discord: interaction callbacks 204, webhook edits 200 with a message, command PUTs echoed with ids.
 */
export async function startFakeDiscordRest(options: FakeDiscordRestOptions = {}): Promise<FakeDiscordRest> {
  const calls: RecordedDiscordCall[] = [];
  const waiters = new Set<() => void>();
  const hosted = new Map<string, Uint8Array>();
  const forbidden = new Set<string>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const file = req.method === 'GET' ? hosted.get(url.pathname) : undefined;
    if (file) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.byteLength });
      res.end(Buffer.from(file));
      return;
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const { body, files } = await parseBody(req, await readBody(req));
    const call: RecordedDiscordCall = {
      method: req.method ?? 'GET',
      path,
      body,
      files,
      authorized: typeof req.headers.authorization === 'string',
    };
    calls.push(call);
    for (const wake of waiters) wake();
    const channel = /^\/channels\/([^/]+)\/messages/.exec(call.path)?.[1];
    const answer =
      options.gatewayBot && call.method === 'GET' && call.path === '/gateway/bot'
        ? { status: 200, body: options.gatewayBot }
        : channel && forbidden.has(channel)
          ? { status: 403, body: { message: 'Missing Access', code: 50001 } }
          : answerDiscordCall(call);
    if (answer.status === 204) {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const close = async (): Promise<void> => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };

  let files = 0;
  return {
    api: `http://127.0.0.1:${port}/api`,
    cdnOrigin: `http://127.0.0.1:${port}`,
    hostFile(name, bytes) {
      files += 1;
      const path = `/attachments/400/${1_100_000_000_000_000 + files}/${encodeURIComponent(name)}`;
      hosted.set(path, bytes);
      return `http://127.0.0.1:${port}${path}`;
    },
    forbidChannel(channelId) {
      forbidden.add(channelId);
    },
    calls,
    waitForCall(predicate, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = calls.find(predicate);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake Discord REST: no matching call within ${timeoutMs} ms`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    reset() {
      calls.length = 0;
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
