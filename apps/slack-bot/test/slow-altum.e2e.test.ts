import { describe, expect, it } from 'vitest';
import { startHarness, visibleText } from './harness.ts';

describe('a slow Altum never delays the ack', () => {
  it('acks, then Altum answers after 10 s, then the result replaces "working…"', async () => {
    const events: string[] = [];
    await using h = await startHarness({ onAltumFinished: (path) => events.push(`altum finished ${path}`) });
    h.sink.posts
      .waitFor(() => h.sink.postsTo('slow').length > 0)
      .then(
        () => events.push('response_url post'),
        () => events.push('response_url never posted'),
      );
    h.altum.inject({ operationId: 'avm', latencyMs: 10_000 });

    const ack = await h.slash('value 1071AA 28B', 'slow');
    events.push('ack received');
    expect(ack.status).toBe(200);
    expect(await ack.json()).toMatchObject({ text: '⏳ Working on it…' });

    await h.sink.posts.waitFor(() => h.sink.postsTo('slow').length > 0, 30_000);
    expect(events).toEqual(['ack received', 'altum finished /avm', 'response_url post']);
    expect(h.sink.postsTo('slow')).toHaveLength(1);
    expect(visibleText(h.sink.postsTo('slow')[0]?.body ?? {})).toContain('Van Baerlestraat 28-B, Amsterdam');
  }, 40_000);
});
