import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadBenchConfig } from '../config.ts';

/** The footprint floor: tsx + node + a bare HTTP server answering /healthz. Prints its port as a JSON log line. */
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
});
server.listen(loadBenchConfig().PORT, '127.0.0.1', () => {
  process.stdout.write(
    `${JSON.stringify({ port: (server.address() as AddressInfo).port, msg: 'listening' })}\n`,
  );
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
