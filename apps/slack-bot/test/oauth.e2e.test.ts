import { describe, expect, it } from 'vitest';
import { startHarness } from './harness.ts';

const INSTALLED_TOKEN = 'xoxb-fake-installed-token';

describe('OAuth distribution', () => {
  it('installs into a workspace, stores the bot token encrypted, and uses it for that workspace', async () => {
    await using h = await startHarness({ oauth: true });

    const install = await fetch(`${h.baseUrl}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    const authorize = new URL(install.headers.get('location') ?? '');
    expect(authorize.origin + authorize.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(authorize.searchParams.get('scope')).toBe(
      'commands,chat:write,users:read,im:history,im:write,files:read,files:write,links:read,links:write',
    );
    const state = authorize.searchParams.get('state') ?? '';
    const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const redirect = await fetch(
      `${h.baseUrl}/slack/oauth_redirect?code=fake-code&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie },
        redirect: 'manual',
      },
    );
    expect(redirect.status).toBe(200);
    const exchange = h.slackApi.callsTo('oauth.v2.access')[0];
    expect(exchange?.args.code).toBe('fake-code');

    const installation = (await h.store.slackInstallations.fetchInstallation({
      teamId: 'T0001',
      isEnterpriseInstall: false,
    })) as {
      bot?: { token?: string };
    };
    expect(installation.bot?.token).toBe(INSTALLED_TOKEN);
    expect(await h.dataFiles()).not.toContain(INSTALLED_TOKEN);

    await h.slash('key login', 'oauth-login', { triggerId: 'trigger-oauth' });
    await h.slackApi.calls.waitFor(() => h.slackApi.callsTo('views.open').length === 1);
    expect(h.slackApi.callsTo('views.open')[0]?.authorization).toBe(`Bearer ${INSTALLED_TOKEN}`);
  });

  it('accepts a state once: the same redirect URL and cookie cannot exchange a second code', async () => {
    await using h = await startHarness({ oauth: true });
    const install = await fetch(`${h.baseUrl}/slack/install`, { redirect: 'manual' });
    const state = new URL(install.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const redirect = (code: string) =>
      fetch(`${h.baseUrl}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
        headers: { cookie },
        redirect: 'manual',
      });
    expect((await redirect('first-code')).status).toBe(200);
    const again = await redirect('second-code');
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('slack_oauth_invalid_state');
    expect(h.slackApi.callsTo('oauth.v2.access').map((call) => call.args.code)).toEqual(['first-code']);
  });

  it('rejects a redirect whose state was not issued by this app', async () => {
    await using h = await startHarness({ oauth: true });
    const redirect = await fetch(`${h.baseUrl}/slack/oauth_redirect?code=fake-code&state=forged`, {
      redirect: 'manual',
    });
    expect(redirect.status).toBeGreaterThanOrEqual(400);
    expect(h.slackApi.callsTo('oauth.v2.access')).toHaveLength(0);
  });
});
