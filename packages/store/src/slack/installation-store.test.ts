import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/backends.ts';

const workspaceInstall = {
  team: { id: 'T1', name: 'Makelaars' },
  enterprise: undefined,
  user: { token: undefined, scopes: undefined, id: 'UINSTALLER' },
  bot: { token: 'xoxb-test-0000-bot-token-secret', scopes: ['commands'], id: 'B1', userId: 'UBOT' },
  isEnterpriseInstall: false,
  authVersion: 'v2',
};

const orgInstall = {
  team: undefined,
  enterprise: { id: 'E1', name: 'Grid' },
  user: { token: 'xoxp-user-token-secret', scopes: ['identify'], id: 'UADMIN' },
  bot: { token: 'xoxb-org-bot-token-secret', scopes: ['commands'], id: 'B2', userId: 'UBOT2' },
  isEnterpriseInstall: true,
  authVersion: 'v2',
};

describeEachBackend('slack installation store', (backend) => {
  it('stores, fetches and deletes workspace and org-wide installs as Bolt queries them', async () => {
    const store = await backend.open(backend.freshOptions());
    await store.slackInstallations.storeInstallation(workspaceInstall);
    await store.slackInstallations.storeInstallation(orgInstall);

    const fetched = await store.slackInstallations.fetchInstallation({
      teamId: 'T1',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(fetched).toEqual(JSON.parse(JSON.stringify(workspaceInstall)));
    expect(
      await store.slackInstallations.fetchInstallation({
        teamId: undefined,
        enterpriseId: 'E1',
        isEnterpriseInstall: true,
      }),
    ).toEqual(orgInstall);

    await store.slackInstallations.deleteInstallation({ teamId: 'T1', isEnterpriseInstall: false });
    await expect(
      store.slackInstallations.fetchInstallation({ teamId: 'T1', isEnterpriseInstall: false }),
    ).rejects.toThrow('No Slack installation stored for T:T1');
  });

  it('replaces an installation on reinstall', async () => {
    const store = await backend.open(backend.freshOptions());
    await store.slackInstallations.storeInstallation(workspaceInstall);
    const reinstall = { ...workspaceInstall, bot: { ...workspaceInstall.bot, token: 'xoxb-new-bot-token' } };
    await store.slackInstallations.storeInstallation(reinstall);
    const fetched = await store.slackInstallations.fetchInstallation({
      teamId: 'T1',
      isEnterpriseInstall: false,
    });
    expect((fetched as typeof reinstall).bot.token).toBe('xoxb-new-bot-token');
  });

  it('refuses an installation row moved to another team', async () => {
    const options = backend.freshOptions();
    const store = await backend.open(options);
    await store.slackInstallations.storeInstallation(workspaceInstall);
    await backend.sql(options, `UPDATE slack_installations SET install_key = 'T:T2'`);
    await expect(
      store.slackInstallations.fetchInstallation({ teamId: 'T2', isEnterpriseInstall: false }),
    ).rejects.toMatchObject({ name: 'VaultError', kind: 'decrypt_failed' });
  });
});
