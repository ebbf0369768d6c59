import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '@altum-chat/core';
import type { REST } from '@discordjs/rest';
import { type APIInteraction, InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { InteractionHandler } from '../interaction/create-handler.ts';
import { fromApiInteraction } from '../interaction/from-api.ts';
import { createHttpResponder } from './http-responder.ts';
import { loadDiscordPublicKey, verifyDiscordSignature } from './verify-signature.ts';

export const INTERACTIONS_PATH = '/discord/interactions';
const MAX_BODY_BYTES = 1_048_576;

export interface InteractionsServerDeps {
  readonly publicKeyHex: string;
  readonly handler: InteractionHandler;
  readonly rest: REST;
  readonly logger: Logger;
  readonly maxBodyBytes?: number;
}

export interface InteractionsServer {
  readonly server: Server;
  /** Resolves when every started interaction has sent its final edit (for tests and shutdown). */
  idle(): Promise<void>;
}

class TooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body?: unknown, done?: () => void): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json' }).end(text, done);
}

/**
 * The HTTP interactions endpoint (DISCORD_MODE=http): verifies Ed25519 signatures on the raw body,
 * answers PING, and hands everything else to the shared handler, answering with its first response.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#receiving-an-interaction
 */
export function createInteractionsServer(deps: InteractionsServerDeps): InteractionsServer {
  const publicKey = loadDiscordPublicKey(deps.publicKeyHex);
  const limit = deps.maxBodyBytes ?? MAX_BODY_BYTES;
  const running = new Set<Promise<void>>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') return send(res, 200, { ok: true });
    if (path !== INTERACTIONS_PATH) return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' });

    let raw: Buffer;
    try {
      raw = await readBody(req, limit);
    } catch (error) {
      if (error instanceof TooLarge) {
        // Stop reading but answer first, so the client sees the 413 rather than a reset.
        res.setHeader('connection', 'close');
        return send(res, 413, { error: 'payload too large' });
      }
      throw error;
    }
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (!verifyDiscordSignature(publicKey, String(signature ?? ''), String(timestamp ?? ''), raw)) {
      deps.logger.warn({ path }, 'discord interaction with a bad signature refused');
      return send(res, 401, { error: 'invalid request signature' });
    }

    let payload: APIInteraction;
    try {
      payload = JSON.parse(raw.toString('utf8')) as APIInteraction;
    } catch {
      return send(res, 400, { error: 'body is not JSON' });
    }
    if (payload.type === InteractionType.Ping) return send(res, 200, { type: InteractionResponseType.Pong });

    const event = fromApiInteraction(payload);
    if (!event) return send(res, 400, { error: 'unsupported interaction' });

    const { responder, initial, markSent } = createHttpResponder(event.meta, deps.rest);
    const work = deps.handler(event, responder).catch((error: unknown) => {
      deps.logger.error(
        { err: error instanceof Error ? error.name : 'unknown' },
        'interaction handler failed',
      );
    });
    const tracked = work.finally(() => running.delete(tracked));
    running.add(tracked);

    const first = await Promise.race([initial, work.then(() => undefined)]);
    if (!first) return send(res, 500, { error: 'no response' });
    send(res, 200, first, markSent);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      deps.logger.error(
        { err: error instanceof Error ? error.name : 'unknown' },
        'interactions endpoint failed',
      );
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  });

  return {
    server,
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
