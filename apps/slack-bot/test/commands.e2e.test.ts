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
    expect(value).toContain('"value":"value 1071AA 28B"');
    const delta = visibleText(h.sink.postsTo('cmd-7')[0]?.body ?? {});
    expect(delta).toContain('"action_id":"slack.whatif"');
    const help = visibleText(h.sink.postsTo('cmd-1')[0]?.body ?? {});
    expect(help).not.toContain('slack.share');
  });
});
