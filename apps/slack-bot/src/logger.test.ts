import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boltLogger } from './adapter/bolt-logger.ts';
import { createLogger } from './logger.ts';

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('logging', () => {
  it('redacts secret-looking fields', () => {
    const { lines, stream } = capture();
    const logger = createLogger('info', stream);
    logger.info({ apiKey: 'plain-api-key', req: { token: 'xoxb-1-2' }, signingSecret: 'sig' }, 'hello');
    expect(lines.join('')).not.toMatch(/plain-api-key|xoxb-1-2|"sig"/);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('scrubs Slack tokens and objects from Bolt log arguments', () => {
    const { lines, stream } = capture();
    const bolt = boltLogger(createLogger('debug', stream));
    bolt.error('failed with xoxb-123-456-abc', { config: { headers: { authorization: 'Bearer xoxb-9' } } });
    bolt.debug('below the default warn level');
    const text = lines.join('');
    expect(text).toContain('failed with [redacted] [object]');
    expect(text).not.toContain('xoxb-');
    expect(text).not.toContain('below the default');
  });
});
