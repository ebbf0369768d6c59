import type { AddressInfo } from 'node:net';
import { type APIGatewayBotInfo, GatewayDispatchEvents, GatewayOpcodes } from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';

/** What a shard said when it opened its session: IDENTIFY (a new one) or RESUME (an old one). */
export type GatewayHandshake =
  | { readonly op: 'identify'; readonly shard: readonly [number, number]; readonly intents: number }
  | { readonly op: 'resume'; readonly shardId: number; readonly sessionId: string; readonly seq: number };

export interface FakeGatewayServer extends AsyncDisposable {
  /** The `ws://127.0.0.1:PORT` URL, also the resume URL READY hands out. */
  readonly url: string;
  readonly handshakes: readonly GatewayHandshake[];
  /** GET /gateway/bot as Discord would answer it for `shards` recommended shards. */
  gatewayBot(shards: number): APIGatewayBotInfo;
  /** Sends a dispatch (`t`, `d`) to the shard's open session. */
  dispatch(shardId: number, t: string, d: unknown): void;
  /** Closes the shard's socket with `code` (4000, unknown error: the shard resumes). */
  drop(shardId: number, code?: number): void;
  /** Resolves once `count` handshakes have happened. */
  waitForHandshakes(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

interface Session {
  socket: WebSocket;
  seq: number;
}

/**
 * A Discord gateway on 127.0.0.1 speaking just enough of the protocol for a shard manager: HELLO,
 * IDENTIFY → READY, RESUME → RESUMED, heartbeat ACKs, and dispatches the test sends.
 * https://discord.com/developers/docs/events/gateway#connection-lifecycle
 */
export async function startFakeGatewayServer(): Promise<FakeGatewayServer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sessions = new Map<number, Session>();
  const handshakes: GatewayHandshake[] = [];
  const waiters = new Set<() => void>();
  const send = (socket: WebSocket, payload: unknown): void => socket.send(JSON.stringify(payload));
  const dispatchTo = (shardId: number, t: string, d: unknown): void => {
    const session = sessions.get(shardId);
    if (!session) throw new Error(`shard ${shardId} has no open session`);
    session.seq += 1;
    send(session.socket, { op: GatewayOpcodes.Dispatch, t, s: session.seq, d });
  };
  const handshake = (entry: GatewayHandshake): void => {
    handshakes.push(entry);
    for (const wake of waiters) wake();
  };

  server.on('connection', (socket) => {
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (message.op === GatewayOpcodes.Heartbeat) send(socket, { op: GatewayOpcodes.HeartbeatAck });
      if (message.op === GatewayOpcodes.Identify) {
        const shard = (message.d.shard as [number, number] | undefined) ?? [0, 1];
        sessions.set(shard[0], { socket, seq: 0 });
        handshake({ op: 'identify', shard, intents: Number(message.d.intents) });
        dispatchTo(shard[0], GatewayDispatchEvents.Ready, {
          v: 10,
          user: {
            id: '300',
            username: 'altum',
            discriminator: '0',
            global_name: null,
            avatar: null,
            bot: true,
          },
          guilds: [],
          session_id: `session-${shard[0]}`,
          resume_gateway_url: url,
          shard,
          application: { id: '300', flags: 0 },
        });
      }
      if (message.op === GatewayOpcodes.Resume) {
        const sessionId = String(message.d.session_id);
        const shardId = Number(sessionId.replace('session-', ''));
        const seq = Number(message.d.seq);
        sessions.set(shardId, { socket, seq });
        handshake({ op: 'resume', shardId, sessionId, seq });
        dispatchTo(shardId, GatewayDispatchEvents.Resumed, {});
      }
    });
  });

  const close = async (): Promise<void> => {
    for (const client of server.clients) client.terminate();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    url,
    handshakes,
    gatewayBot: (shards) => ({
      url,
      shards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 60_000, max_concurrency: 16 },
    }),
    dispatch: dispatchTo,
    drop(shardId, code = 4000) {
      const session = sessions.get(shardId);
      sessions.delete(shardId);
      session?.socket.close(code);
    },
    waitForHandshakes(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} gateway handshakes, saw ${handshakes.length}`));
        }, timeoutMs);
        const check = (): void => {
          if (handshakes.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      });
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
