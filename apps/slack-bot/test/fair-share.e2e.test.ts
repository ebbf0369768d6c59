import { slashCommandBody } from '@altum-chat/testkit/slack';
import { describe, expect, it } from 'vitest';
import { startHarness, visibleText } from './harness.ts';

describe('fair sharing after the ack', () => {
  it('a user past their queue is told "busy" at once, while another workspace is answered', async () => {
    await using h = await startHarness({ postAck: { perUserInFlight: 1, perUserQueued: 1, quietMs: 0 } });
    h.altum.inject({ operationId: 'woz', latencyMs: 2_500, times: 3 });
    for (const n of [1, 2, 3]) {
      await h.post(
        slashCommandBody({
          text: `woz 1071AA ${n}`,
          responseUrl: h.sink.url(`a${n}`),
          userId: 'UA',
          teamId: 'TA',
        }),
      );
    }
    await h.post(
      slashCommandBody({ text: 'help', responseUrl: h.sink.url('other'), userId: 'UB', teamId: 'TB' }),
    );
    await h.sink.posts.waitFor(
      () => h.sink.postsTo('a3').length === 1 && h.sink.postsTo('other').length === 1,
    );
    // The third command of UA: refused before anything ran, nothing sent to Altum for it.
    expect(visibleText(h.sink.postsTo('a3')[0]?.body ?? {})).toContain('Busy, try again shortly');
    expect(
      h.altum.requests.filter(
        (r) => r.operationId === 'woz' && JSON.stringify(r.body).includes('"housenumber":3'),
      ),
    ).toHaveLength(0);
    // The other workspace's help came back while UA's first command was still waiting on Altum.
    expect(h.sink.postsTo('a1')).toHaveLength(0);
    expect(visibleText(h.sink.postsTo('other')[0]?.body ?? {})).toContain('help');
    await h.sink.posts.waitFor(() => h.sink.postsTo('a1').length === 1 && h.sink.postsTo('a2').length === 1);
  }, 30_000);
});
