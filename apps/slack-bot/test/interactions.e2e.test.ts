import {
  blockActionsPayload,
  eventCallbackBody,
  staticSelectState,
  viewSubmissionPayload,
} from '@altum-chat/testkit/slack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, visibleText } from './harness.ts';

const PUBLIC_URL = 'https://altum-bot.example';

describe('interactivity', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ publicUrl: PUBLIC_URL });
  });
  afterAll(async () => {
    await h.close();
  });

  it('"Share in channel" re-posts the result visibly from the stateless button value', async () => {
    const res = await h.interact(
      blockActionsPayload({
        actionId: 'slack.share',
        value: 'value 1071AA 28B',
        responseUrl: h.sink.url('share'),
      }),
    );
    expect(res.status).toBe(200);
    await h.sink.posts.waitFor(() => h.sink.postsTo('share').length === 1);
    const post = h.sink.postsTo('share')[0]?.body ?? {};
    expect(post).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(visibleText(post)).toContain('Shared by <@U0001>');
    expect(visibleText(post)).toContain('Van Baerlestraat 28-B, Amsterdam');
    expect(visibleText(post)).not.toContain('slack.share');
  });

  it('the what-if modal preselects the chosen levels and recomputes Delta into the original message', async () => {
    await h.interact(
      blockActionsPayload({
        actionId: 'slack.whatif',
        value: 'delta 1071AA 28B wall_insulation=good',
        responseUrl: h.sink.url('whatif'),
        triggerId: 'trigger-whatif',
      }),
    );
    await h.slackApi.calls.waitFor(() =>
      h.slackApi.callsTo('views.open').some((c) => c.args.trigger_id === 'trigger-whatif'),
    );
    const opened = h.slackApi.callsTo('views.open').find((c) => c.args.trigger_id === 'trigger-whatif');
    const view = opened?.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id?: string; element?: { initial_option?: { value: string } } }[];
    };
    expect(view.callback_id).toBe('slack.whatif');
    expect(view.blocks.find((b) => b.block_id === 'm:wall_insulation')?.element?.initial_option?.value).toBe(
      '3',
    );

    h.altum.reset();
    const submit = await h.interact(
      viewSubmissionPayload({
        callbackId: 'slack.whatif',
        privateMetadata: view.private_metadata,
        values: {
          'm:wall_insulation': { level: staticSelectState('4') },
          'm:floor_insulation': { level: staticSelectState('3') },
          'm:ventilation': { level: staticSelectState('-') },
        },
      }),
    );
    expect(submit.status).toBe(200);
    await h.sink.posts.waitFor(() => h.sink.postsTo('whatif').length === 1);
    const post = h.sink.postsTo('whatif')[0]?.body ?? {};
    expect(post).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
    expect(visibleText(post)).toContain('wall insulation: very good, floor insulation: good');
    const delta = h.altum.requests.find((r) => r.path.includes('delta'));
    expect(delta?.body).toMatchObject({ target_wall_insulation: 4, target_floor_insulation: 3 });
  });

  it('routes a Reply select (Delta) to the runner by its stateless id and replaces the message', async () => {
    await h.interact(
      blockActionsPayload({
        actionId: 'act:delta:1071AA|28|B|w3|w',
        selectedValue: '4',
        responseUrl: h.sink.url('select'),
      }),
    );
    await h.sink.posts.waitFor(() => h.sink.postsTo('select').length === 1);
    const post = h.sink.postsTo('select')[0]?.body ?? {};
    expect(post).toMatchObject({ replace_original: true });
    expect(visibleText(post)).toContain('wall insulation: very good');
  });

  it('opens the key form for the runner\'s "link key" button', async () => {
    await h.interact(
      blockActionsPayload({
        actionId: 'act:key:login:user',
        responseUrl: h.sink.url('keybtn'),
        triggerId: 'trigger-key',
      }),
    );
    await h.slackApi.calls.waitFor(() =>
      h.slackApi.callsTo('views.open').some((c) => c.args.trigger_id === 'trigger-key'),
    );
    const opened = h.slackApi.callsTo('views.open').find((c) => c.args.trigger_id === 'trigger-key');
    expect(opened?.args.view).toMatchObject({ callback_id: 'slack.key' });
  });

  it('serves chart images at signed, expiring URLs under PUBLIC_URL', async () => {
    await h.slash('woz 1071AA 28B', 'chart');
    await h.sink.posts.waitFor(() => h.sink.postsTo('chart').length === 1);
    const blocks = (h.sink.postsTo('chart')[0]?.body.blocks ?? []) as {
      type: string;
      image_url?: string;
      alt_text?: string;
    }[];
    const image = blocks.find((b) => b.type === 'image');
    expect(image?.image_url).toMatch(
      new RegExp(`^${PUBLIC_URL}/charts/[0-9a-f]{32}\\.\\d+\\.[\\w-]{22}\\.png$`),
    );
    expect(image?.alt_text).toBeTruthy();
    const path = image?.image_url?.slice(PUBLIC_URL.length) ?? '';
    const png = await fetch(`${h.baseUrl}${path}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    // A tampered expiry breaks the signature.
    const tampered = path.replace(/\.(\d+)\./, (_, exp: string) => `.${Number(exp) + 1}.`);
    expect((await fetch(`${h.baseUrl}${tampered}`)).status).toBe(404);
  });

  it("App Home shows key status, this week's usage, language and help", async () => {
    const res = await h.post(
      eventCallbackBody({ type: 'app_home_opened', user: 'U0001', channel: 'D1', tab: 'home' }),
      'application/json',
    );
    expect(res.status).toBe(200);
    await h.slackApi.calls.waitFor(() => h.slackApi.callsTo('views.publish').length > 0);
    const publish = h.slackApi.callsTo('views.publish').at(-1)?.args ?? {};
    expect(publish.user_id).toBe('U0001');
    const text = JSON.stringify(publish.view);
    expect(text).toContain('not linked');
    expect(text).toMatch(/This week:\* \d+ calls, \d+ credits/);
    expect(text).toContain('English');
    expect(text).toContain('slack.key_login');
  });

  it('posts results visibly when the user chose public replies, then removes "working…"', async () => {
    await h.store.settings.setUserSettings(
      { platform: 'slack', teamId: 'T0001', userId: 'U0002' },
      { visibility: 'public' },
    );
    await h.slash('value 1071AA 28B', 'public', { userId: 'U0002' });
    await h.sink.posts.waitFor(() => h.sink.postsTo('public').length === 2);
    const [result, cleanup] = h.sink.postsTo('public');
    expect(result?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(visibleText(result?.body ?? {})).toContain('Van Baerlestraat 28-B, Amsterdam');
    expect(visibleText(result?.body ?? {})).not.toContain('slack.share');
    expect(cleanup?.body).toEqual({ delete_original: true });
  });

  it('speaks Dutch around the reply when the user chose Dutch', async () => {
    await h.store.settings.setUserSettings(
      { platform: 'slack', teamId: 'T0001', userId: 'U0003' },
      { language: 'nl' },
    );
    // The ack never waits on the store: the first one from this user is in the deployment default.
    const first = await h.slash('waarde 1071AA 28B', 'dutch', { userId: 'U0003' });
    expect(await first.json()).toMatchObject({ text: '⏳ Working on it…' });
    await h.sink.posts.waitFor(() => h.sink.postsTo('dutch').length === 1);
    const text = visibleText(h.sink.postsTo('dutch')[0]?.body ?? {});
    expect(text).toContain('Delen in kanaal');
    expect(text).toContain('Van Baerlestraat 28-B, Amsterdam');
    expect(text).toMatch(/€ \d\.\d{3}\.\d{3}/);
    // Once the store has been read, the process remembers the language for the next ack.
    const second = await h.slash('waarde 1071AA 28B', 'dutch-again', { userId: 'U0003' });
    expect(await second.json()).toMatchObject({ text: '⏳ Bezig…' });
    await h.sink.posts.waitFor(() => h.sink.postsTo('dutch-again').length === 1);
  });
});
