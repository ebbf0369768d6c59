import { describe, expect, it } from 'vitest';
import { startHarness, visibleText } from './harness.ts';

describe('single-workspace authorisation', () => {
  it('recovers when auth.test fails once instead of refusing every later request', async () => {
    await using h = await startHarness();
    h.slackApi.answer('auth.test', { ok: false, error: 'service_unavailable' });
    const refused = await h.slash('value 1071AA 28B', 'during-outage');
    // Bolt acks a request it cannot authorise with an empty 200; nothing runs.
    expect(refused.status).toBe(200);
    expect(h.altum.requests).toHaveLength(0);

    h.slackApi.answer('auth.test', { ok: true, user_id: 'UBOT', bot_id: 'BBOT' });
    expect((await h.slash('value 1071AA 28B', 'after-outage')).status).toBe(200);
    await h.sink.posts.waitFor(() => h.sink.postsTo('after-outage').length === 1);
    expect(visibleText(h.sink.postsTo('after-outage')[0]?.body ?? {})).toContain(
      'Van Baerlestraat 28-B, Amsterdam',
    );
    expect(h.sink.postsTo('during-outage')).toHaveLength(0);
    expect(h.slackApi.callsTo('auth.test')).toHaveLength(2);
  });
});
