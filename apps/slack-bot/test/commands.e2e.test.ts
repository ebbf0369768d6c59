import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, visibleText } from './harness.ts';

/** Every chat command from the design, with something the user must see in the final reply. */
const COMMANDS: readonly { readonly text: string; readonly expect: readonly string[] }[] = [
  { text: '', expect: ['Altum commands', '`valueplus`'] },
  { text: 'help', expect: ['Altum commands', '`transactions`'] },
  { text: 'value 1071AA 28B', expect: ['Valuation Van Baerlestraat 28-B, Amsterdam', '201 m²'] },
  { text: 'valueplus 1071AA 28B', expect: ['Valuation+', '201 m²'] },
  { text: 'woz 1071AA 28B', expect: ['WOZ values Van Baerlestraat 28-B', 'WOZ history'] },
  { text: 'label 1071AA 28B', expect: ['Energy label 1071AA 28-B', '3,107 m³ per year'] },
  { text: 'advice 1071AA 28B', expect: ['Sustainability advice', '*E* → *A*'] },
  {
    text: 'delta 1071AA 28B wall_insulation=good',
    expect: ['What-if', '*Investment*\n€', 'wall insulation: good'],
  },
  { text: 'comparables 1071AA 28B', expect: ['Comparable sales', 'Beethovenstraat 145'] },
  { text: 'transactions 1071AA 28B', expect: ['€1,128,000', '4 January 2012'] },
  { text: 'listing 1071AA 28B', expect: ['Listing Van Baerlestraat 28-B, Amsterdam'] },
  { text: 'features 1071AA 28B', expect: ['201 m²'] },
  { text: 'subsidies 1071AA', expect: ['ISDE warmtepomp', '€2,675'] },
  { text: 'rebuild 1071AA 28B', expect: ['€976,800'] },
  { text: 'credits', expect: ['2,662 credits in total'] },
  { text: 'key status', expect: ['Shared fallback key', '…0001'] },
  { text: 'usage', expect: ['Usage, last 24 hours'] },
  { text: 'settings', expect: ['*Language*', 'English'] },
];

describe('/altum <command> over signed HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  for (const [index, command] of COMMANDS.entries()) {
    it(`"/altum ${command.text}" acks at once and replaces "working…" with the result`, async () => {
      const name = `cmd-${index}`;
      const ack = await h.slash(command.text, name);
      expect(ack.status).toBe(200);
      expect(await ack.json()).toEqual({ response_type: 'ephemeral', text: '⏳ Working on it…' });

      await h.sink.posts.waitFor(() => h.sink.postsTo(name).length > 0);
      const [post] = h.sink.postsTo(name);
      expect(post?.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
      expect(typeof post?.body.text).toBe('string');
      const text = visibleText(post?.body ?? {});
      for (const expected of command.expect) expect(text).toContain(JSON.stringify(expected).slice(1, -1));
    });
  }

  it('sent exactly one final reply per command', () => {
    for (const index of COMMANDS.keys()) expect(h.sink.postsTo(`cmd-${index}`)).toHaveLength(1);
  });

  it('offers "Share in channel" on results and "What if…" on Delta results', () => {
    const value = visibleText(h.sink.postsTo('cmd-2')[0]?.body ?? {});
    expect(value).toContain('"action_id":"slack.share"');
    // The button carries the runner's canonical text of the command, not what was typed.
    expect(value).toContain('"value":"value 1071AA 28 B"');
    const delta = visibleText(h.sink.postsTo('cmd-7')[0]?.body ?? {});
    expect(delta).toContain('"action_id":"slack.whatif"');
    const help = visibleText(h.sink.postsTo('cmd-1')[0]?.body ?? {});
    expect(help).not.toContain('slack.share');
  });
});

describe('/altum: admin rights and private replies', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  async function final(text: string, name: string, userId?: string) {
    await h.slash(text, name, userId ? { userId } : {});
    await h.sink.posts.waitFor(() => h.sink.postsTo(name).length > 0);
    return h.sink.postsTo(name)[0]?.body ?? {};
  }

  it('shows a workspace admin the per-user usage table, and a member only the totals', async () => {
    await final('value 1071AA 28B', 'usage-seed', 'U0042');
    const member = visibleText(await final('usage', 'usage-member'));
    expect(member).toContain('Usage, last 24 hours');
    expect(member).not.toContain('U0042');
    const lookups = h.slackApi.callsTo('users.info').length;
    h.slackApi.answer('users.info', { user: { id: 'U0001', is_admin: true, is_owner: false } });
    const admin = visibleText(await final('usage', 'usage-admin'));
    expect(h.slackApi.callsTo('users.info').length).toBe(lookups + 1);
    expect(admin).toContain('U0042');
    h.slackApi.answer('users.info', { user: { id: 'U0001', is_admin: false, is_owner: false } });
  });

  it('looks up admin rights only where they matter', async () => {
    const before = h.slackApi.callsTo('users.info').length;
    await final('value 1071AA 28B', 'no-lookup-value');
    await final('settings language en', 'no-lookup-settings');
    expect(h.slackApi.callsTo('users.info').length).toBe(before);
  });

  it('keeps a private reply private when the user chose public replies', async () => {
    await h.store.settings.setUserSettings(
      { platform: 'slack', teamId: 'T0001', userId: 'U0077' },
      { visibility: 'public' },
    );
    const help = await final('help', 'private-help', 'U0077');
    expect(help).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    const error = await final('value 9999ZZ 1', 'private-error', 'U0077');
    expect(error).toMatchObject({ response_type: 'ephemeral' });
    const result = await final('value 1071AA 28B', 'public-result', 'U0077');
    expect(result).toMatchObject({ response_type: 'in_channel' });
  });
});
