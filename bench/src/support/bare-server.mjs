// The footprint baseline: plain node running a bare HTTP server that answers /healthz, with no
// dependency and no TypeScript, started exactly like the built app (node <file>). Prints its port
// as a JSON log line, as the app does.
import { createServer } from 'node:http';

const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port, msg: 'listening' })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
