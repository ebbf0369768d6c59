import { describe, expect, it } from 'vitest';
import { VaultError } from '../vault/vault-error.ts';
import { type KeyLookup, type KeyOwner, resolveApiKey } from './resolve-key.ts';

const owner: KeyOwner = { platform: 'slack', teamId: 'T1', userId: 'U1' };
const USER_KEY = 'user-key-0000000000-UUUU';
const TEAM_KEY = 'team-key-0000000000-TTTT';
const DEPLOY_KEY = 'deploy-key-000000000-DDDD';

function lookup(user?: string | Error, team?: string | Error): KeyLookup & { calls: string[] } {
  const calls: string[] = [];
  const answer = async (value: string | Error | undefined) => {
    if (value instanceof Error) throw value;
    return value;
  };
  return {
    calls,
    getUserKey: async (who) => {
      calls.push(`user:${who.platform}/${who.teamId}/${who.userId}`);
      return answer(user);
    },
    getTeamKey: async (team_) => {
      calls.push(`team:${team_.platform}/${team_.teamId}`);
      return answer(team);
    },
  };
}

describe('resolveApiKey', () => {
  it('prefers the personal key and says so', async () => {
    const result = await resolveApiKey(lookup(USER_KEY, TEAM_KEY), owner, { deploymentKey: DEPLOY_KEY });
    expect(result).toEqual({ ok: true, apiKey: USER_KEY, scope: 'user', masked: '…UUUU' });
  });

  it('falls back to the team key, asking for the right team', async () => {
    const l = lookup(undefined, TEAM_KEY);
    const result = await resolveApiKey(l, owner, { deploymentKey: DEPLOY_KEY });
    expect(result).toEqual({ ok: true, apiKey: TEAM_KEY, scope: 'team', masked: '…TTTT' });
    expect(l.calls).toEqual(['user:slack/T1/U1', 'team:slack/T1']);
  });

  it('falls back to the deployment key', async () => {
    const result = await resolveApiKey(lookup(), owner, { deploymentKey: ` ${DEPLOY_KEY} ` });
    expect(result).toMatchObject({ ok: true, apiKey: DEPLOY_KEY, scope: 'deployment', masked: '…DDDD' });
  });

  it('reports no key when nothing is linked or configured', async () => {
    expect(await resolveApiKey(lookup(), owner, { deploymentKey: '  ' })).toEqual({
      ok: false,
      reason: 'none',
    });
    expect(await resolveApiKey(lookup(), owner)).toEqual({ ok: false, reason: 'none' });
  });

  it('reports an unreadable stored key instead of silently using a broader one', async () => {
    const broken = new VaultError('decrypt_failed', 'cannot open');
    expect(await resolveApiKey(lookup(broken, TEAM_KEY), owner, { deploymentKey: DEPLOY_KEY })).toEqual({
      ok: false,
      reason: 'unreadable',
      scope: 'user',
    });
    expect(await resolveApiKey(lookup(undefined, broken), owner, { deploymentKey: DEPLOY_KEY })).toEqual({
      ok: false,
      reason: 'unreadable',
      scope: 'team',
    });
  });

  it('lets other lookup failures surface', async () => {
    await expect(resolveApiKey(lookup(new Error('db down')), owner)).rejects.toThrow('db down');
  });
});
