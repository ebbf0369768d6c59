import {
  blockActionsPayload,
  slashCommandBody,
  startResponseSink,
  viewSubmissionPayload,
} from '@altum-chat/testkit/slack';
import { describe, expect, it } from 'vitest';
import { startHarness } from './harness.ts';

/**
 * The harness allows `http://127.0.0.1` (its sink). A second sink reached as `localhost` stands for
 * a foreign host: the same machine, so a request to it would be seen, but not on the allow-list.
 */
describe('replies only go to allowed response URLs', () => {
  it('a slash command or click with a foreign response_url is refused and the URL never called', async () => {
    await using h = await startHarness();
    await using foreign = await startResponseSink();
    const elsewhere = foreign.url('stolen').replace('127.0.0.1', 'localhost');

    const slash = await h.post(slashCommandBody({ text: 'value 1071AA 28B', responseUrl: elsewhere }));
    expect(slash.status).toBe(200);
    await h.interact(
      blockActionsPayload({ actionId: 'slack.share', value: 'value 1071AA 28B', responseUrl: elsewhere }),
    );
    // An allowed command afterwards is answered, so the refused ones had every chance to post first.
    await h.slash('help', 'after');
    await h.sink.posts.waitFor(() => h.sink.postsTo('after').length === 1);
    expect(foreign.posts.items).toHaveLength(0);
    expect(h.altum.requests).toHaveLength(0);
    expect(h.logs()).toContain('slack payload with a foreign response_url refused');
    expect(h.logs()).not.toContain('stolen');
  });

  it('a modal whose private_metadata names a foreign URL is not run and the URL is not called', async () => {
    await using h = await startHarness();
    await using foreign = await startResponseSink();
    const elsewhere = foreign.url('meta').replace('127.0.0.1', 'localhost');
    const submit = await h.interact(
      viewSubmissionPayload({
        callbackId: 'slack.whatif',
        privateMetadata: JSON.stringify({ t: 'delta 1071AA 28B', r: elsewhere }),
        values: {},
      }),
    );
    expect(submit.status).toBe(200);
    await h.slash('help', 'after');
    await h.sink.posts.waitFor(() => h.sink.postsTo('after').length === 1);
    expect(foreign.posts.items).toHaveLength(0);
    expect(h.altum.requests).toHaveLength(0);
    expect(h.logs()).toContain('slack modal with a foreign response_url refused');
  });
});
