import { connect } from 'node:net';

/** What happened to a request whose body was sent one byte at a time. */
export interface TrickleResult {
  /** Body bytes written before the server answered or hung up. */
  readonly sentBytes: number;
  /** The status line the server answered with, if any (e.g. `HTTP/1.1 408 Request Timeout`). */
  readonly statusLine: string | undefined;
}

/**
 * POSTs to `url` declaring a `declaredBytes` body and sends it one byte every `intervalMs`, the
 * slow-loris pattern, until the server answers or closes the connection (or the body is complete).
 */
export function trickleRequest(
  url: string,
  declaredBytes: number,
  intervalMs: number,
): Promise<TrickleResult> {
  const target = new URL(url);
  return new Promise((resolve) => {
    let sentBytes = 0;
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    const socket = connect(Number(target.port), target.hostname);
    const finish = (): void => {
      clearInterval(timer);
      socket.destroy();
      resolve({ sentBytes, statusLine: answer === '' ? undefined : answer.split('\r\n')[0] });
    };
    socket.on('connect', () => {
      socket.write(
        `POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\ncontent-type: application/json\r\ncontent-length: ${declaredBytes}\r\n\r\n`,
      );
      timer = setInterval(() => {
        if (sentBytes >= declaredBytes) return;
        sentBytes += 1;
        socket.write('a');
      }, intervalMs);
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('close', finish);
    socket.on('error', finish);
  });
}
