import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReferenceId } from '@altum-chat/chat';
import type { Logger } from '@altum-chat/core';
import { type ServerTimeouts, serverOptions } from '@altum-chat/ops';
import type { REST } from '@discordjs/rest';
import { InteractionResponseType } from 'discord-api-types/v10';
import type { InteractionHandler } from '../interaction/create-handler.ts';
import { readApiInteraction } from '../interaction/from-api.ts';
import type { Locale } from '../locale.ts';
import { fallbackResponse } from './fallback-response.ts';
import { createHttpResponder } from './http-responder.ts';
import type { ReplayGuard } from './replay-guard.ts';
import { loadDiscordPublicKey, verifyDiscordSignature } from './verify-signature.ts';

export const INTERACTIONS_PATH = '/discord/interactions';
const MAX_BODY_BYTES = 1_048_576;

export interface InteractionsServerDeps {
  readonly publicKeyHex: string;
  readonly handler: InteractionHandler;
  readonly rest: REST;
  readonly logger: Logger;
  readonly maxBodyBytes?: number;
  /** Language of the fallback error message when the interaction carries no usable locale. */
  readonly defaultLocale?: Locale;
  /** Requests other than the interactions path go here first (the ops routes); true = answered. */
  readonly routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Request, headers and keep-alive limits against slow clients (defaults in `serverOptions`). */
  readonly timeouts?: ServerTimeouts;
  /** Refuses stale timestamps and interaction ids seen before (see `replay-guard.ts`). */
  readonly replay: ReplayGuard;
  /** Registers each interaction's work (ack + final edit) with graceful shutdown. */
  readonly track?: <T>(work: Promise<T>) => Promise<T>;
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
    if (deps.routes?.(req, res)) return;
    const path = (req.url ?? '').split('?')[0];
    if (!deps.routes && req.method === 'GET' && path === '/healthz') return send(res, 200, { ok: true });
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
    if (!deps.replay.fresh(String(timestamp))) {
      deps.logger.warn({ path }, 'discord interaction with a stale timestamp refused');
      return send(res, 401, { error: 'stale request timestamp' });
    }
    try {
      await answerVerified(raw, res);
    } catch (error) {
      // Authentic but unhandleable: a 5xx would make Discord retry nothing and tell the user nothing.
      const reference = createReferenceId();
      deps.logger.error(
        { err: errorName(error), ref: reference },
        'discord interaction could not be handled',
      );
      if (!res.headersSent) send(res, 400, { error: 'interaction could not be handled', reference });
    }
  };

  /** Everything after the signature check: the body is Discord's, its shape is not trusted yet. */
  const answerVerified = async (raw: Buffer, res: ServerResponse): Promise<void> => {
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'body is not JSON' });
    }
    const read = readApiInteraction(payload);
    if (read.kind === 'ping') return send(res, 200, { type: InteractionResponseType.Pong });
    if (read.kind === 'malformed') {
      deps.logger.warn({ path: INTERACTIONS_PATH }, 'malformed discord interaction refused');
      return send(res, 400, { error: 'malformed interaction' });
    }
    if (read.kind === 'unsupported') return send(res, 400, { error: 'unsupported interaction' });
    const { event } = read;
    if (!(await deps.replay.firstTime(event.meta.id))) {
      deps.logger.warn({ interaction: event.meta.id }, 'discord interaction replayed; refused');
      return send(res, 409, { error: 'interaction already handled' });
    }

    const { responder, initial, markSent } = createHttpResponder(event.meta, deps.rest);
    let failure: string | undefined;
    const work = Promise.resolve()
      .then(() => deps.handler(event, responder))
      .catch((error: unknown) => {
        failure = createReferenceId();
        deps.logger.error(
          { err: errorName(error), interaction: event.meta.id, ref: failure },
          'interaction handler failed',
        );
      });
    const tracked = work.finally(() => running.delete(tracked));
    running.add(tracked);
    void deps.track?.(tracked);

    const first = await Promise.race([initial, work.then(() => undefined)]);
    if (first) {
      // A caller that hung up never flushes; the edit must not wait for that forever.
      res.once('close', markSent);
      return send(res, 200, first, markSent);
    }
    // The handler ended without acknowledging (it failed first): still answer, privately.
    const reference = failure ?? createReferenceId();
    if (!failure)
      deps.logger.error({ interaction: event.meta.id, ref: reference }, 'interaction was not acknowledged');
    send(res, 200, fallbackResponse(event, reference, deps.defaultLocale ?? 'en'));
  };

  const server = createServer(serverOptions(deps.timeouts), (req, res) => {
    handle(req, res).catch((error: unknown) => {
      deps.logger.error({ err: errorName(error) }, 'interactions endpoint failed');
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

/** Only the error's class name reaches the log: messages can quote request bodies. */
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
