import { isVaultError, resolveApiKey } from '@altum-chat/core';
import { expect, it } from 'vitest';
import { describeEachBackend, newMasterKey } from '../../test/backends.ts';

const alice = { platform: 'slack', teamId: 'T1', userId: 'UALICE' };
const bob = { platform: 'slack', teamId: 'T1', userId: 'UBOB' };
const team = { platform: 'slack', teamId: 'T1' };
const ALICE_KEY = 'alice-live-9c1f0e7a2b4d6c8e-WXYZ';
const TEAM_KEY = 'team-live-1a2b3c4d5e6f7a8b-ABCD';

async function vaultKind(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (!isVaultError(error)) throw error;
    expect(error.message).not.toContain(ALICE_KEY);
    return error.kind;
  }
  throw new Error('expected a VaultError');
}

describeEachBackend('key store', (backend) => {
  it('links, reads, masks and removes user and team keys', async () => {
    const store = await backend.open(backend.freshOptions());
    const before = Date.now();
    const meta = await store.keys.setUserKey(alice, ` ${ALICE_KEY}\n`);
    expect(meta).toMatchObject({ scope: 'user', userId: 'UALICE', masked: '…WXYZ', linkedBy: 'UALICE' });
    expect(meta.linkedAt.getTime()).toBeGreaterThanOrEqual(before);
    await store.keys.setTeamKey(team, TEAM_KEY, 'UADMIN');

    expect(await store.keys.getUserKey(alice)).toBe(ALICE_KEY);
    expect(await store.keys.getUserKey(bob)).toBeUndefined();
    expect(await store.keys.getTeamKey(team)).toBe(TEAM_KEY);
    expect(await store.keys.getTeamKey({ platform: 'discord', teamId: 'T1' })).toBeUndefined();
    expect(await store.keys.getTeamKeyMetadata(team)).toMatchObject({
      scope: 'team',
      userId: '',
      masked: '…ABCD',
      linkedBy: 'UADMIN',
    });

    expect(await resolveApiKey(store.keys, alice)).toMatchObject({ scope: 'user', masked: '…WXYZ' });
    expect(await resolveApiKey(store.keys, bob)).toMatchObject({ scope: 'team', apiKey: TEAM_KEY });

    expect(await store.keys.deleteUserKey(alice)).toBe(true);
    expect(await store.keys.deleteUserKey(alice)).toBe(false);
    expect(await store.keys.getUserKeyMetadata(alice)).toBeUndefined();
    expect(await store.keys.deleteTeamKey(team)).toBe(true);
    expect(
      await resolveApiKey(store.keys, alice, { deploymentKey: 'deployment-key-000000-DDDD' }),
    ).toMatchObject({
      scope: 'deployment',
    });
  });

  it('replaces a re-linked key', async () => {
    const store = await backend.open(backend.freshOptions());
    await store.keys.setUserKey(alice, ALICE_KEY);
    await store.keys.setUserKey(alice, 'alice-second-key-0000000-QRST');
    expect(await store.keys.getUserKey(alice)).toBe('alice-second-key-0000000-QRST');
    expect((await store.keys.getUserKeyMetadata(alice))?.masked).toBe('…QRST');
  });

  it('rejects an empty key without echoing input', async () => {
    const store = await backend.open(backend.freshOptions());
    await expect(store.keys.setUserKey(alice, '   ')).rejects.toThrow('cannot be empty');
  });

  it('rejects a tampered ciphertext', async () => {
    const options = backend.freshOptions();
    const store = await backend.open(options);
    await store.keys.setUserKey(alice, ALICE_KEY);
    const [row] = await backend.sql(options, 'SELECT sealed FROM api_keys WHERE user_id = ?', ['UALICE']);
    const parts = String(row?.sealed).split('.');
    const body = Buffer.from(parts[3] as string, 'base64url');
    body[14] = (body[14] as number) ^ 0x40;
    parts[3] = body.toString('base64url');
    await backend.sql(options, 'UPDATE api_keys SET sealed = ? WHERE user_id = ?', [
      parts.join('.'),
      'UALICE',
    ]);
    expect(await vaultKind(store.keys.getUserKey(alice))).toBe('decrypt_failed');
    expect(await resolveApiKey(store.keys, alice)).toEqual({
      ok: false,
      reason: 'unreadable',
      scope: 'user',
    });
  });

  it('rejects a row moved to another user or promoted to team key (AAD)', async () => {
    const options = backend.freshOptions();
    const store = await backend.open(options);
    await store.keys.setUserKey(alice, ALICE_KEY);
    await backend.sql(options, 'UPDATE api_keys SET user_id = ? WHERE user_id = ?', ['UBOB', 'UALICE']);
    expect(await vaultKind(store.keys.getUserKey(bob))).toBe('decrypt_failed');
    await backend.sql(options, `UPDATE api_keys SET scope = 'team', user_id = '' WHERE user_id = ?`, [
      'UBOB',
    ]);
    expect(await vaultKind(store.keys.getTeamKey(team))).toBe('decrypt_failed');
  });

  it('rejects opening with a wrong master key', async () => {
    const options = backend.freshOptions();
    const store = await backend.open(options);
    await store.keys.setUserKey(alice, ALICE_KEY);
    await store.close();
    const wrong = await backend.open({ ...options, masterKey: newMasterKey() });
    expect(await vaultKind(wrong.keys.getUserKey(alice))).toBe('unknown_key_id');
    // Metadata stays readable so the chat layer can still say which key needs re-linking.
    expect((await wrong.keys.getUserKeyMetadata(alice))?.masked).toBe('…WXYZ');
  });
});
