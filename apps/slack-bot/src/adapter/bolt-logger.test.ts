import { createLogger, createMemoryDestination, createSecretRegistry } from '@altum-chat/ops';
import { describe, expect, it } from 'vitest';
import { boltLogger } from './bolt-logger.ts';

/** The app logs through `@altum-chat/ops` createLogger; Bolt's free-form lines go through `boltLogger` first. */
describe('logging', () => {
  it('redacts secret-named fields and registered secrets', () => {
    const destination = createMemoryDestination();
    const secrets = createSecretRegistry();
    secrets.register('registered-signing-secret');
    const logger = createLogger({ level: 'info', destination, secrets });
    logger.info(
      {
        apiKey: 'plain-api-key',
        req: { token: 'xoxb-1-2' },
        signingSecret: 'sig',
        note: 'registered-signing-secret',
      },
      'hello',
    );
    expect(destination.text()).not.toMatch(/plain-api-key|xoxb-1-2|"sig"|registered-signing-secret/);
    expect(destination.text()).toContain('[redacted]');
  });

  it('scrubs Slack tokens and objects from Bolt log arguments', () => {
    const destination = createMemoryDestination();
    const bolt = boltLogger(createLogger({ level: 'debug', destination, secrets: createSecretRegistry() }));
    bolt.error('failed with xoxb-123-456-abc', { config: { headers: { authorization: 'Bearer xoxb-9' } } });
    bolt.debug('below the default warn level');
    const text = destination.text();
    expect(text).toContain('failed with [redacted] [object]');
    expect(text).not.toContain('xoxb-');
    expect(text).not.toContain('below the default');
  });
});
