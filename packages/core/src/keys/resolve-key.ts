import { maskKey } from '../vault/mask-key.ts';
import { isVaultError } from '../vault/vault-error.ts';

/** Which layer supplied the key: the user's own, the team default, or the deployment's `ALTUM_API_KEY`. */
export type KeyScope = 'user' | 'team' | 'deployment';

/** Where a request comes from; `platform` is `slack`, `discord` or `playground` in practice. */
export interface KeyOwner {
  readonly platform: string;
  /** Slack workspace id, Discord guild id (or `dm:<user>`), or `local`. */
  readonly teamId: string;
  readonly userId: string;
}

/**
 * The small lookup key resolution needs; the store implements it. Both methods return the plaintext key
 * (opened in memory by the vault) or `undefined` when nothing is linked, and throw a `VaultError` when a
 * stored key exists but cannot be opened.
 */
export interface KeyLookup {
  getUserKey(user: KeyOwner): Promise<string | undefined>;
  getTeamKey(team: Pick<KeyOwner, 'platform' | 'teamId'>): Promise<string | undefined>;
}

/** A key was found. `masked` (`…WXYZ`) is safe to show in replies; `apiKey` must never leave memory. */
export interface ResolvedKey {
  readonly ok: true;
  readonly apiKey: string;
  readonly scope: KeyScope;
  readonly masked: string;
}

/**
 * No usable key. `none`: nothing linked anywhere, so the chat layer explains how to link one.
 * `unreadable`: a key is stored at `scope` but could not be decrypted (wrong or rotated-away master key,
 * tampered row); the chat layer asks the user or an admin to link it again. We do not silently fall back
 * to a broader key in that case, so nobody is billed on a key they did not expect.
 */
export type MissingKey =
  | { readonly ok: false; readonly reason: 'none' }
  | { readonly ok: false; readonly reason: 'unreadable'; readonly scope: Exclude<KeyScope, 'deployment'> };

export type KeyResolution = ResolvedKey | MissingKey;

export interface ResolveKeyOptions {
  /** The deployment-wide fallback (`ALTUM_API_KEY`), if configured. */
  readonly deploymentKey?: string | undefined;
}

/** Resolves the API key for a request: personal key, then team default, then the deployment key. */
export async function resolveApiKey(
  lookup: KeyLookup,
  owner: KeyOwner,
  options: ResolveKeyOptions = {},
): Promise<KeyResolution> {
  const user = await attempt(() => lookup.getUserKey(owner), 'user');
  if (user.ok === false || user.key !== undefined) return toResolution(user, 'user');
  const team = await attempt(
    () => lookup.getTeamKey({ platform: owner.platform, teamId: owner.teamId }),
    'team',
  );
  if (team.ok === false || team.key !== undefined) return toResolution(team, 'team');
  const deploymentKey = options.deploymentKey?.trim();
  if (deploymentKey) return resolved(deploymentKey, 'deployment');
  return { ok: false, reason: 'none' };
}

type Attempt = { readonly ok: true; readonly key: string | undefined } | MissingKey;

async function attempt(read: () => Promise<string | undefined>, scope: 'user' | 'team'): Promise<Attempt> {
  try {
    return { ok: true, key: await read() };
  } catch (error) {
    // Only vault failures mean "stored but unreadable"; anything else (database down) must surface.
    if (isVaultError(error)) return { ok: false, reason: 'unreadable', scope };
    throw error;
  }
}

function toResolution(result: Attempt, scope: 'user' | 'team'): KeyResolution {
  if (result.ok === false) return result;
  return resolved(result.key as string, scope);
}

function resolved(apiKey: string, scope: KeyScope): ResolvedKey {
  return { ok: true, apiKey, scope, masked: maskKey(apiKey) };
}
