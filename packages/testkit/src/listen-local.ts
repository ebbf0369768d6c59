import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fake server listening on loopback: its base URL and a close that never hangs. */
export interface Listening {
  readonly origin: string;
  readonly port: number;
  /** Idempotent; runs `beforeClose` once (clear the fake's timers) and drops open sockets. */
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 and a free port unless told otherwise, for the testkit's fakes. */
export async function listenLocal(
  server: Server,
  options: { readonly port?: number; readonly host?: string; readonly beforeClose?: () => void },
): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  let closed: Promise<void> | undefined;
  return {
    origin: `http://${host}:${port}`,
    port,
    close() {
      closed ??= new Promise<void>((resolve) => {
        options.beforeClose?.();
        server.close(() => resolve());
        // Hanging requests and idle keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
