import { blockActionsPayload } from '@altum-chat/testkit/slack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, visibleText } from './harness.ts';

interface StaticSelect {
  readonly type: string;
  readonly action_id: string;
  readonly options: readonly { text: { text: string }; value: string }[];
}

/** The static selects of a posted message. */
function selectsOf(body: Record<string, unknown>): StaticSelect[] {
  const blocks = (body.blocks ?? []) as { type: string; elements?: StaticSelect[] }[];
  return blocks.flatMap((b) => b.elements ?? []).filter((e) => e.type === 'static_select');
}

describe('Slack: a typed street address', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('/altum value Damrak 1 Amsterdam answers for 1012LG 1 after the ack', async () => {
    h.altum.reset();
    const ack = await h.slash('value Damrak 1 Amsterdam', 'damrak');
    expect(await ack.json()).toEqual({ response_type: 'ephemeral', text: '⏳ Working on it…' });
    await h.sink.posts.waitFor(() => h.sink.postsTo('damrak').length === 1);
    expect(visibleText(h.sink.postsTo('damrak')[0]?.body ?? {})).toContain('Damrak 1, Amsterdam');
    expect(h.altum.requests.map((r) => r.body)).toEqual([
      expect.objectContaining({ postcode: '1012LG', housenumber: 1 }),
    ]);
  });

  it('several matches: a static select of the candidates, nothing sent to Altum; picking one runs it', async () => {
    h.altum.reset();
    await h.slash('value Kerkstraat 1', 'kerkstraat');
    await h.sink.posts.waitFor(() => h.sink.postsTo('kerkstraat').length === 1);
    const picker = h.sink.postsTo('kerkstraat')[0]?.body ?? {};
    expect(visibleText(picker)).toContain('Which address do you mean?');
    const [select] = selectsOf(picker);
    expect(select?.action_id).toBe('act:run:pick');
    expect(select?.options.map((o) => o.text.text)).toContain('Kerkstraat 1, 1211CL Hilversum');
    expect(h.altum.requests).toHaveLength(0);

    const hilversum = select?.options.find((o) => o.text.text.includes('Hilversum'));
    await h.interact(
      blockActionsPayload({
        actionId: select?.action_id ?? '',
        selectedValue: hilversum?.value ?? '',
        responseUrl: h.sink.url('picked'),
      }),
    );
    await h.sink.posts.waitFor(() => h.sink.postsTo('picked').length === 1);
    const result = h.sink.postsTo('picked')[0]?.body ?? {};
    expect(result).toMatchObject({ replace_original: true });
    expect(visibleText(result)).toContain('Kerkstraat 1, Hilversum');
    expect(h.altum.requests.map((r) => r.body)).toEqual([
      expect.objectContaining({ postcode: '1211CL', housenumber: 1 }),
    ]);
  });

  it('a pasted funda link is read as an address, never as an API key', async () => {
    h.altum.reset();
    await h.slash(
      'value <https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/>',
      'funda',
    );
    await h.sink.posts.waitFor(() => h.sink.postsTo('funda').length === 1);
    const text = visibleText(h.sink.postsTo('funda')[0]?.body ?? {});
    expect(text).not.toContain('API key');
    expect(text).toContain('Damrak 1, Amsterdam');
    expect(h.altum.requests).toHaveLength(1);
  });
});
