import { request } from 'node:http';

/**
 * Streams up to `totalBytes` at a server without a Content-Length (chunked), so the server cannot
 * refuse on the header alone, and reports how much it actually took before answering or hanging up.
 */
export function streamOversizedBody(
  url: string,
  totalBytes: number,
  headers: Record<string, string> = {},
): Promise<{ status: number | undefined; sentBytes: number; error: string | undefined }> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sentBytes = 0;
    let settled = false;
    const finish = (status: number | undefined, error: string | undefined) => {
      if (settled) return;
      settled = true;
      req.destroy();
      resolve({ status, sentBytes, error });
    };
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        res.resume();
        finish(res.statusCode, undefined);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => finish(undefined, error.code ?? error.message));
    const pump = () => {
      while (!settled && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!settled) req.end();
    };
    pump();
  });
}
