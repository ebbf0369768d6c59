import { createHash } from 'node:crypto';
import { blockActionsPayload, eventCallbackBody, messageShortcutPayload } from '@altum-chat/testkit/slack';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOOKUP_SHORTCUT } from '../src/adapter/address-listeners.ts';
import { type Harness, LINKED_KEY, startHarness, visibleText } from './harness.ts';

const FUNDA = 'https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/';
const JAAP =
  'https://www.jaap.nl/koophuizen/noord+holland/groot-amsterdam/amsterdam/1012lg/damrak+1/12345678/overzicht';
/** A pararius link names the street only: no house number, so no card. */
const PARARIUS = 'https://www.pararius.nl/appartement-te-huur/amsterdam/5e5b0bd4/prinsengracht';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Unfurls = Record<
  string,
  {
    blocks: {
      type: string;
      text?: { text: string };
      elements?: { action_id: string; text: { text: string } }[];
    }[];
  }
>;

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h.close();
});

beforeEach(() => {
  h.altum.reset();
  h.pdok.reset();
});

function linkShared(links: readonly string[], extra: Record<string, unknown> = {}) {
  return h.post(
    eventCallbackBody({
      type: 'link_shared',
      channel: 'C0001',
      user: 'U0001',
      message_ts: '1700000000.000300',
      links: links.map((url) => ({ url, domain: new URL(url).hostname.replace(/^www\./, '') })),
      ...extra,
    }),
    'application/json',
  );
}

async function nextUnfurl(count: number): Promise<Record<string, unknown>> {
  const calls = await h.slackApi.calls.waitFor(
    (all) => all.filter((c) => c.method === 'chat.unfurl').length >= count,
  );
  return calls.filter((c) => c.method === 'chat.unfurl')[count - 1]?.args as Record<string, unknown>;
}

describe('listing links unfurl as address cards', () => {
  it('one card per distinct link, read from the path; nothing spent, other links left alone', async () => {
    const res = await linkShared([FUNDA, FUNDA, JAAP, PARARIUS, 'https://example.com/damrak-1']);
    expect(res.status).toBe(200);
    const call = await nextUnfurl(1);
    expect(call).toMatchObject({ channel: 'C0001', ts: '1700000000.000300' });
    const unfurls = (typeof call.unfurls === 'string' ? JSON.parse(call.unfurls) : call.unfurls) as Unfurls;
    expect(Object.keys(unfurls).sort()).toEqual([FUNDA, JAAP].sort());
    const card = unfurls[FUNDA]?.blocks ?? [];
    expect(card[0]).toMatchObject({ type: 'header', text: { text: 'Damrak 1, 1012LG Amsterdam' } });
    const buttons = card.flatMap((b) => b.elements ?? []).filter((e) => e.action_id?.startsWith('act:'));
    expect(buttons.map((b) => [b.action_id, b.text.text])).toEqual([
      ['act:run:value 1012LG 1', 'Value (1 credit)'],
      ['act:run:label 1012LG 1', 'Energy label (1 credit)'],
    ]);
    expect(h.altum.requests).toHaveLength(0);
    expect(h.pdok.requests.every((r) => r.endpoint === 'free')).toBe(true);
  });

  it('a click runs the command under the clicker’s key and answers only the clicker', async () => {
    // Someone other than the person who shared the link, with a key of their own.
    await h.store.keys.setUserKey({ platform: 'slack', teamId: 'T0001', userId: 'U0002' }, LINKED_KEY);
    const res = await h.interact(
      blockActionsPayload({
        actionId: 'act:run:value 1012LG 1',
        responseUrl: h.sink.url('unfurl-click'),
        userId: 'U0002',
        unfurlOf: FUNDA,
      }),
    );
    expect(res.status).toBe(200);
    await h.sink.posts.waitFor(() => h.sink.postsTo('unfurl-click').length === 1);
    expect(h.altum.requests.map((r) => [r.operationId, r.keyHash])).toEqual([['avm', sha256(LINKED_KEY)]]);
    expect(h.altum.requests[0]?.body).toMatchObject({ postcode: '1012LG', housenumber: 1 });
    const [answer] = h.sink.postsTo('unfurl-click');
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });

  it('unfurls a link typed into the composer by its unfurl id', async () => {
    await linkShared([FUNDA], {
      source: 'composer',
      unfurl_id: 'Uf0001',
      channel: 'COMPOSER',
      message_ts: 'Uf0001',
    });
    const call = await nextUnfurl(2);
    expect(call).toMatchObject({ unfurl_id: 'Uf0001', source: 'composer' });
    expect(call.channel).toBeUndefined();
  });
});

describe(`the message shortcut "${LOOKUP_SHORTCUT}"`, () => {
  const shortcut = (text: string, name: string) =>
    h.interact(messageShortcutPayload({ callbackId: LOOKUP_SHORTCUT, text, responseUrl: h.sink.url(name) }));

  it('finds the address in a sentence and answers privately with the card', async () => {
    expect((await shortcut('Wat is Damrak 1 in Amsterdam waard?', 'sc-card')).status).toBe(200);
    await h.sink.posts.waitFor(() => h.sink.postsTo('sc-card').length === 1);
    const [answer] = h.sink.postsTo('sc-card');
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral' });
    const text = visibleText(answer?.body ?? {});
    expect(text).toContain('Damrak 1, 1012LG Amsterdam');
    expect(text).toContain('act:run:value 1012LG 1');
    expect(h.altum.requests).toHaveLength(0);
  });

  it('a click on the private card replaces it with the answer, spending one credit', async () => {
    await h.interact(
      blockActionsPayload({ actionId: 'act:run:label 1012LG 1', responseUrl: h.sink.url('sc-click') }),
    );
    await h.sink.posts.waitFor(() => h.sink.postsTo('sc-click').length === 1);
    expect(h.altum.requests.map((r) => r.operationId)).toEqual(['energylabel.houses']);
    expect(h.sink.postsTo('sc-click')[0]?.body).toMatchObject({
      response_type: 'ephemeral',
      replace_original: true,
    });
  });

  it('offers a picker when several addresses match, and says so when there is none', async () => {
    await shortcut('wat is Prinsengracht 263 in Amsterdam waard?', 'sc-pick');
    await shortcut('lunch om twaalf?', 'sc-none');
    await h.sink.posts.waitFor(
      () => h.sink.postsTo('sc-pick').length === 1 && h.sink.postsTo('sc-none').length === 1,
    );
    const picker = visibleText(h.sink.postsTo('sc-pick')[0]?.body ?? {});
    expect(picker).toContain('Which address?');
    expect(picker).toContain('static_select');
    expect(picker).toContain('value 1016GV 263 H');
    expect(visibleText(h.sink.postsTo('sc-none')[0]?.body ?? {})).toContain('No address found');
    expect(h.altum.requests).toHaveLength(0);
  });
});

describe('malformed link_shared events', () => {
  it('are acknowledged and unfurl nothing', async () => {
    const before = h.slackApi.callsTo('chat.unfurl').length;
    for (const links of [undefined, 'x', [null, { url: 42 }, { domain: 'funda.nl' }]]) {
      const res = await h.post(
        eventCallbackBody({ type: 'link_shared', channel: 'C0001', user: 'U0001', message_ts: '1.1', links }),
        'application/json',
      );
      expect(res.status).toBe(200);
    }
    await linkShared([JAAP]);
    await h.slackApi.calls.waitFor((all) => all.filter((c) => c.method === 'chat.unfurl').length > before);
    const unfurled = h.slackApi.callsTo('chat.unfurl').slice(before);
    expect(unfurled).toHaveLength(1);
    expect(JSON.stringify(unfurled[0]?.args)).toContain('jaap.nl');
  });
});
