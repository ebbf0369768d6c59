import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './read-body.ts';
import { Recorder } from './recorder.ts';

/** One message the app posted to a response_url. */
export interface RecordedResponse {
  /** Path of the response_url, so several commands can share one sink. */
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly raw: string;
}

/** A stand-in for Slack's `response_url` webhooks on 127.0.0.1. */
export interface ResponseSink extends AsyncDisposable {
  readonly posts: Recorder<RecordedResponse>;
  /** Posts refused with `invalid_blocks` because they carried an image block (see `refuseImages`). */
  readonly refused: Recorder<RecordedResponse>;
  /**
   * From now on, answer a message with an image block the way Slack does when it cannot download the
   * image (an unreachable or http:// PUBLIC_URL): refused with `invalid_blocks`, nothing shown.
   */
  refuseImages(on: boolean): void;
  /** A fresh response_url; posts to it carry `path` `/hooks/<name>`. */
  url(name: string): string;
  postsTo(name: string): readonly RecordedResponse[];
  close(): Promise<void>;
}

/** Starts a response_url sink that records JSON posts and answers 200 `ok`, as Slack does. */
export async function startResponseSink(): Promise<ResponseSink> {
  const posts = new Recorder<RecordedResponse>();
  const refused = new Recorder<RecordedResponse>();
  let refusing = false;
  const hasImage = (body: Record<string, unknown>): boolean =>
    Array.isArray(body.blocks) &&
    body.blocks.some((block) => (block as { type?: unknown })?.type === 'image');
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        body = { unparseable: raw };
      }
      const recorded = { path: new URL(req.url ?? '/', 'http://x').pathname, body, raw };
      if (refusing && hasImage(body)) {
        refused.push(recorded);
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end('invalid_blocks');
        return;
      }
      posts.push(recorded);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
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
    posts,
    refused,
    refuseImages: (on) => {
      refusing = on;
    },
    url: (name) => `http://127.0.0.1:${port}/hooks/${encodeURIComponent(name)}`,
    postsTo: (name) => posts.items.filter((post) => post.path === `/hooks/${encodeURIComponent(name)}`),
    close,
    [Symbol.asyncDispose]: close,
  };
}
