import { type KeyRing, maskKey, type SecretContext } from '@altum-chat/core';
import { type SqlDriver, toNumber } from '../sql/driver.ts';
import type { KeyMetadata, KeyStore, TeamRef, UserRef } from '../types.ts';

type Scope = KeyMetadata['scope'];

interface KeyRow {
  scope: string;
  platform: string;
  team_id: string;
  user_id: string;
  sealed: string;
  masked: string;
  linked_by: string;
  linked_at: unknown;
}

/** The AAD context of a stored API key: a row copied to another user or team no longer opens. */
export function apiKeyContext(scope: Scope, platform: string, teamId: string, userId: string): SecretContext {
  // Team keys bind an empty user id; platform user ids are never empty, so a user's row cannot be
  // replayed as the team key (or the other way round).
  return { purpose: 'api-key', platform, teamId, userId: scope === 'team' ? '' : userId };
}

function toMetadata(row: KeyRow): KeyMetadata {
  return {
    scope: row.scope as Scope,
    platform: row.platform,
    teamId: row.team_id,
    userId: row.user_id,
    masked: row.masked,
    linkedAt: new Date(toNumber(row.linked_at)),
    linkedBy: row.linked_by,
  };
}

function checkKey(apiKey: string): string {
  const trimmed = apiKey.trim();
  // No key material in the message, only what is wrong with it.
  if (trimmed.length === 0) throw new RangeError('An API key cannot be empty.');
  if (trimmed.length > 512) throw new RangeError('An API key cannot be longer than 512 characters.');
  return trimmed;
}

/** Creates the encrypted API key store; plaintext exists only in memory, sealed by `ring` before writing. */
export function createKeyStore(db: SqlDriver, ring: KeyRing): KeyStore {
  const where = 'WHERE scope = ? AND platform = ? AND team_id = ? AND user_id = ?';
  const params = (scope: Scope, ref: TeamRef, userId: string) => [scope, ref.platform, ref.teamId, userId];

  const read = (scope: Scope, ref: TeamRef, userId: string) =>
    db.get<KeyRow>(`SELECT * FROM api_keys ${where}`, params(scope, ref, userId));

  const open = async (scope: Scope, ref: TeamRef, userId: string): Promise<string | undefined> => {
    const row = await read(scope, ref, userId);
    if (row === undefined) return undefined;
    return ring.open(row.sealed, apiKeyContext(scope, ref.platform, ref.teamId, userId));
  };

  const write = async (scope: Scope, ref: TeamRef, userId: string, apiKey: string, linkedBy: string) => {
    const key = checkKey(apiKey);
    const sealed = ring.seal(key, apiKeyContext(scope, ref.platform, ref.teamId, userId));
    const row: KeyRow = {
      scope,
      platform: ref.platform,
      team_id: ref.teamId,
      user_id: userId,
      sealed,
      masked: maskKey(key),
      linked_by: linkedBy,
      linked_at: Date.now(),
    };
    await db.run(
      `INSERT INTO api_keys (scope, platform, team_id, user_id, sealed, master_key_id, masked, linked_by, linked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (scope, platform, team_id, user_id) DO UPDATE SET sealed = excluded.sealed,
         master_key_id = excluded.master_key_id, masked = excluded.masked, linked_by = excluded.linked_by,
         linked_at = excluded.linked_at`,
      [
        scope,
        ref.platform,
        ref.teamId,
        userId,
        sealed,
        ring.primaryKeyId,
        row.masked,
        linkedBy,
        row.linked_at as number,
      ],
    );
    return toMetadata(row);
  };

  const remove = async (scope: Scope, ref: TeamRef, userId: string) =>
    (await db.run(`DELETE FROM api_keys ${where}`, params(scope, ref, userId))) > 0;

  const metadata = async (scope: Scope, ref: TeamRef, userId: string) => {
    const row = await read(scope, ref, userId);
    return row === undefined ? undefined : toMetadata(row);
  };

  return {
    getUserKey: (user: UserRef) => open('user', user, user.userId),
    getTeamKey: (team: TeamRef) => open('team', team, ''),
    setUserKey: (user: UserRef, apiKey: string) => write('user', user, user.userId, apiKey, user.userId),
    setTeamKey: (team: TeamRef, apiKey: string, linkedBy: string) =>
      write('team', team, '', apiKey, linkedBy),
    deleteUserKey: (user: UserRef) => remove('user', user, user.userId),
    deleteTeamKey: (team: TeamRef) => remove('team', team, ''),
    getUserKeyMetadata: (user: UserRef) => metadata('user', user, user.userId),
    getTeamKeyMetadata: (team: TeamRef) => metadata('team', team, ''),
  };
}
