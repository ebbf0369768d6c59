import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, type Harness, startHarness, visibleText } from './harness.ts';

describe('a reply Slack refuses for its images', () => {
  let h: Harness;
  let refusals = 0;
  beforeAll(async () => {
    h = await startHarness({
      publicUrl: 'https://altum-bot.example',
      onImagesRefused: () => {
        refusals += 1;
      },
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('goes out again without the chart, with its alt text in its place, and is counted', async () => {
    h.sink.refuseImages(true);
    await h.slash('woz 1071AA 28B', 'no-images');
    await h.sink.posts.waitFor(() => h.sink.postsTo('no-images').length === 1);
    expect(h.sink.refused.items.filter((r) => r.path.endsWith('/no-images'))).toHaveLength(1);
    const post = h.sink.postsTo('no-images')[0]?.body ?? {};
    const blocks = (post.blocks ?? []) as { type: string }[];
    expect(blocks.some((b) => b.type === 'image')).toBe(false);
    // The WOZ values are all still there; the chart became the sentence a screen reader would read.
    expect(visibleText(post)).toContain('WOZ');
    expect(JSON.stringify(blocks)).toMatch(
      /"type":"context","elements":\[\{"type":"plain_text","text":"[^"]+"/,
    );
    expect(refusals).toBe(1);
    // The re-send is logged by status only: the response_url is a bearer credential, and no token goes out.
    expect(h.logs()).toContain('sent again without them');
    expect(h.logs()).not.toContain(h.sink.url('no-images'));
    expect(h.logs()).not.toContain('/hooks/no-images');
    expect(h.logs()).not.toContain(BOT_TOKEN);
  });

  it('leaves replies without images alone when Slack refuses nothing', async () => {
    h.sink.refuseImages(false);
    await h.slash('woz 1071AA 28B', 'with-images');
    await h.sink.posts.waitFor(() => h.sink.postsTo('with-images').length === 1);
    const blocks = (h.sink.postsTo('with-images')[0]?.body.blocks ?? []) as { type: string }[];
    expect(blocks.some((b) => b.type === 'image')).toBe(true);
    expect(refusals).toBe(1);
  });
});
