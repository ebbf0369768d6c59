import { expect, it } from 'vitest';
import { describeEachBackend, newMasterKey } from '../../test/backends.ts';
import { rotateMasterKey } from './rotate-master-key.ts';

const alice = { platform: 'slack', teamId: 'T1', userId: 'UALICE' };
const bob = { platform: 'discord', teamId: 'G1', userId: 'UBOB' };
const install = {
  team: { id: 'T1' },
  bot: { token: 'xoxb-rotation-bot-token', id: 'B', userId: 'U', scopes: [] },
};

describeEachBackend('rotate-master-key', (backend) => {
  it('re-wraps every row; every key still decrypts with only the new master key', async () => {
    const options = backend.freshOptions();
    const oldKey = options.masterKey as string;
    const before = await backend.open(options);
    await before.keys.setUserKey(alice, 'alice-key-before-rotation-WXYZ');
    await before.keys.setUserKey(bob, 'bob-key-before-rotation-0000-QRST');
    await before.keys.setTeamKey(alice, 'team-key-before-rotation-ABCD', 'UADMIN');
    await before.slackInstallations.storeInstallation(install);
    const sealedBefore = await backend.sql(options, 'SELECT sealed FROM api_keys ORDER BY user_id');
    await before.close();

    const newKey = newMasterKey();
    const rotating = { ...options, masterKey: newKey, previousMasterKeys: [oldKey] };
    // An instance running during the rotation holds both keys and keeps working.
    const live = await backend.open(rotating);
    expect(await rotateMasterKey(rotating)).toEqual({ rewrapped: 4, current: 0, raced: 0, failed: [] });
    expect(await live.keys.getUserKey(alice)).toBe('alice-key-before-rotation-WXYZ');

    const ids = await backend.sql(
      options,
      'SELECT master_key_id AS id FROM api_keys UNION ALL SELECT master_key_id AS id FROM slack_installations',
    );
    expect(new Set(ids.map((row) => row.id)).size).toBe(1);
    const sealedAfter = await backend.sql(options, 'SELECT sealed FROM api_keys ORDER BY user_id');
    // Only the wrapped data key changed; the encrypted body is untouched.
    expect(sealedAfter.map((row) => String(row.sealed).split('.')[3])).toEqual(
      sealedBefore.map((row) => String(row.sealed).split('.')[3]),
    );

    const after = await backend.open({ ...options, masterKey: newKey });
    expect(await after.keys.getUserKey(alice)).toBe('alice-key-before-rotation-WXYZ');
    expect(await after.keys.getUserKey(bob)).toBe('bob-key-before-rotation-0000-QRST');
    expect(await after.keys.getTeamKey(alice)).toBe('team-key-before-rotation-ABCD');
    expect(
      await after.slackInstallations.fetchInstallation({ teamId: 'T1', isEnterpriseInstall: false }),
    ).toEqual(install);
    expect(await rotateMasterKey({ ...options, masterKey: newKey })).toEqual({
      rewrapped: 0,
      current: 4,
      raced: 0,
      failed: [],
    });
  });

  it('reports rows no loaded key can open, by owner and never by content', async () => {
    const options = backend.freshOptions();
    const store = await backend.open(options);
    await store.keys.setUserKey(alice, 'alice-key-lost-master-key-WXYZ');
    const report = await rotateMasterKey({
      ...options,
      masterKey: newMasterKey(),
      previousMasterKeys: [newMasterKey()],
    });
    expect(report).toMatchObject({ rewrapped: 0, failed: ['api key user slack/T1/UALICE: unknown_key_id'] });
    expect(await store.keys.getUserKey(alice)).toBe('alice-key-lost-master-key-WXYZ');
  });
});
