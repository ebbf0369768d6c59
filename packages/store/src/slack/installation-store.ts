import type { KeyRing, SecretContext } from '@altum-chat/core';
import type { SqlDriver } from '../sql/driver.ts';
import type { SlackInstallationLike, SlackInstallationQuery, SlackInstallationStore } from '../types.ts';

/** Org-wide installs are keyed by enterprise id, workspace installs by team id (as Bolt does). */
function installKey(query: SlackInstallationQuery): string {
  if (query.isEnterpriseInstall && query.enterpriseId !== undefined) return `E:${query.enterpriseId}`;
  if (query.teamId !== undefined) return `T:${query.teamId}`;
  throw new Error('A Slack installation query needs a teamId, or an enterpriseId for an org-wide install.');
}

export function installationContext(key: string): SecretContext {
  return { purpose: 'slack-installation', platform: 'slack', teamId: key, userId: '' };
}

/**
 * Creates the Slack installation store: the whole installation object (bot/user/refresh tokens,
 * webhook URL) is sealed like an API key; only ids and the time are stored in the clear.
 */
export function createSlackInstallationStore<T extends SlackInstallationLike = SlackInstallationLike>(
  db: SqlDriver,
  ring: KeyRing,
): SlackInstallationStore<T> {
  return {
    async storeInstallation(installation: T): Promise<void> {
      const enterpriseId = installation.enterprise?.id;
      const teamId = installation.team?.id;
      const isEnterpriseInstall = installation.isEnterpriseInstall === true;
      const key = installKey({ isEnterpriseInstall, enterpriseId, teamId });
      const sealed = ring.seal(JSON.stringify(installation), installationContext(key));
      await db.run(
        `INSERT INTO slack_installations (install_key, enterprise_id, team_id, is_enterprise, sealed, master_key_id, installed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (install_key) DO UPDATE SET enterprise_id = excluded.enterprise_id,
           team_id = excluded.team_id, is_enterprise = excluded.is_enterprise, sealed = excluded.sealed,
           master_key_id = excluded.master_key_id, installed_at = excluded.installed_at`,
        [
          key,
          enterpriseId ?? null,
          teamId ?? null,
          isEnterpriseInstall ? 1 : 0,
          sealed,
          ring.primaryKeyId,
          Date.now(),
        ],
      );
    },

    async fetchInstallation(query: SlackInstallationQuery): Promise<T> {
      const key = installKey(query);
      const row = await db.get<{ sealed: string }>(
        'SELECT sealed FROM slack_installations WHERE install_key = ?',
        [key],
      );
      if (row === undefined)
        throw new Error(`No Slack installation stored for ${key}; install the app again.`);
      return JSON.parse(ring.open(row.sealed, installationContext(key))) as T;
    },

    async deleteInstallation(query: SlackInstallationQuery): Promise<void> {
      await db.run('DELETE FROM slack_installations WHERE install_key = ?', [installKey(query)]);
    },
  };
}
