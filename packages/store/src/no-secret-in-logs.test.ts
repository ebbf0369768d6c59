import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { describeEachBackend, newMasterKey } from '../test/backends.ts';
import { createMemoryLogger } from '../test/memory-logger.ts';

const API_KEY = 'altum-secret-key-3e4f5a6b7c8d9e0f-LMNO';
const BOT_TOKEN = 'xoxb-secret-bot-token-5566778899';

/** Everything an error could show: message, stack, cause chain, own properties. */
function describeError(error: unknown): string {
  return `${inspect(error, { depth: 5, showHidden: true })}\n${JSON.stringify(error)}`;
}

describeEachBackend('no secret in logs or errors', (backend) => {
  it('keeps keys, tokens and the master key out of every log line and error', async () => {
    const logger = createMemoryLogger();
    const options = { ...backend.freshOptions(), logger };
    const masterKey = options.masterKey as string;
    const store = await backend.open(options);
    const user = { platform: 'discord', teamId: 'G1', userId: 'A' };
    const errors: unknown[] = [];
    const capture = async (promise: Promise<unknown>) => {
      try {
        await promise;
      } catch (error) {
        errors.push(error);
      }
    };

    await store.keys.setUserKey(user, API_KEY);
    await store.slackInstallations.storeInstallation({
      team: { id: 'T1' },
      bot: { token: BOT_TOKEN, id: 'B', userId: 'U', scopes: [] },
    } as never);
    await backend.sql(options, `UPDATE api_keys SET user_id = 'B'`);
    await capture(store.keys.getUserKey({ ...user, userId: 'B' }));
    await backend.sql(options, `UPDATE api_keys SET sealed = 'v1.xx'`);
    await capture(store.keys.getUserKey({ ...user, userId: 'B' }));
    await capture(store.keys.setUserKey(user, ' '));

    const wrong = await backend.open({ ...options, masterKey: newMasterKey() });
    await capture(wrong.slackInstallations.fetchInstallation({ teamId: 'T1', isEnterpriseInstall: false }));
    await capture(backend.open({ ...options, masterKey: masterKey.slice(0, 30) }));
    await capture(backend.open({ ...options, previousMasterKeys: [`${masterKey}!!`] }));

    expect(errors).toHaveLength(6);
    expect(logger.lines.length).toBeGreaterThan(0);
    const shown = [...logger.lines, ...errors.map(describeError)].join('\n');
    for (const secret of [API_KEY, BOT_TOKEN, masterKey, masterKey.slice(0, 30)]) {
      expect(shown).not.toContain(secret);
    }
    expect(shown).toContain('decodes to 22 bytes');
    expect(shown).toContain('ALTUM_CHAT_PREVIOUS_MASTER_KEYS (entry 1) is not base64');
  });
});
