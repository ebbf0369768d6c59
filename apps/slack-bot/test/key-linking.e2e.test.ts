import { createHash } from 'node:crypto';
import { plainTextState, viewSubmissionPayload } from '@altum-chat/testkit/slack';
import { describe, expect, it } from 'vitest';
import { LINKED_KEY, startHarness, visibleText } from './harness.ts';

/** Form bodies percent-encode; decode them too, tolerating JSON bodies that are not valid URI text. */
function formDecoded(payload: string): string {
  try {
    return decodeURIComponent(payload.replace(/\+/g, ' '));
  } catch {
    return payload;
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('every word for "link a key" opens the private form', () => {
  // Slack used to match only login|link|koppel|koppelen; the chat grammar also knows these.
  it.each([
    ['key add', 'user'],
    ['key set', 'user'],
    ['sleutel inloggen', 'user'],
    ['key login', 'user'],
    ['key team set', 'team'],
    ['sleutel team zet', 'team'],
    ['key login team', 'team'],
  ])('"/altum %s" opens the %s key form without running anything', async (text, scope) => {
    await using h = await startHarness();
    const trigger = `trigger-${text.replace(/\s+/g, '-')}`;
    expect((await h.slash(text, 'form', { triggerId: trigger })).status).toBe(200);
    await h.slackApi.calls.waitFor(() => h.slackApi.callsTo('views.open').length === 1);
    const opened = h.slackApi.callsTo('views.open')[0]?.args ?? {};
    expect(opened.trigger_id).toBe(trigger);
    const view = opened.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('slack.key');
    expect(JSON.parse(view.private_metadata).s ?? 'user').toBe(scope);
    expect(h.sink.posts.items).toHaveLength(0);
  });
});

describe('linking an API key through the modal', () => {
  it('stores the key encrypted, later commands use it, and Slack never sees it', async () => {
    await using h = await startHarness();

    // 1. `/altum key login` opens the private form with the trigger id.
    const open = await h.slash('key login', 'login', { triggerId: 'trigger-login' });
    expect(open.status).toBe(200);
    await h.slackApi.calls.waitFor(() => h.slackApi.callsTo('views.open').length === 1);
    const opened = h.slackApi.callsTo('views.open')[0]?.args ?? {};
    expect(opened.trigger_id).toBe('trigger-login');
    const view = opened.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('slack.key');
    expect(h.sink.posts.items).toHaveLength(0);

    // 2. The user types the key into the modal and submits.
    const submit = await h.interact(
      viewSubmissionPayload({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: { key: { value: plainTextState(`  ${LINKED_KEY} `) } },
      }),
    );
    expect(submit.status).toBe(200);
    await h.sink.posts.waitFor(() => h.sink.postsTo('login').length === 1);
    const confirmation = h.sink.postsTo('login')[0]?.body ?? {};
    expect(confirmation.response_type).toBe('ephemeral');
    expect(visibleText(confirmation)).toContain('…7777');

    // 3. It is stored, encrypted: readable through the store, absent from the database bytes.
    expect(await h.store.keys.getUserKey({ platform: 'slack', teamId: 'T0001', userId: 'U0001' })).toBe(
      LINKED_KEY,
    );
    expect(await h.dataFiles()).not.toContain(LINKED_KEY);

    // 4. A later command calls Altum with the linked key, not the deployment key.
    h.altum.reset();
    await h.slash('value 1071AA 28B', 'after');
    await h.sink.posts.waitFor(() => h.sink.postsTo('after').length === 1);
    const avm = h.altum.requests.filter((request) => request.operationId === 'avm');
    expect(avm.map((request) => request.keyHash)).toEqual([sha256(LINKED_KEY)]);
    expect(visibleText(h.sink.postsTo('after')[0]?.body ?? {})).toContain('…7777');

    // 5. App Home shows it masked.
    // (published after linking, so the user sees the new status without reopening the tab)
    const home = h.slackApi.callsTo('views.publish').at(-1)?.args ?? {};
    expect(JSON.stringify(home)).toContain('…7777');

    // 6. The plaintext never went back to Slack: Web API calls, response_url posts, ack bodies.
    const sentToSlack = [
      ...h.slackApi.calls.items.map((call) => call.raw),
      ...h.sink.posts.items.map((post) => post.raw),
      ...h.ackBodies,
    ];
    expect(h.logs().length).toBeGreaterThan(0);
    expect(h.logs()).not.toContain(LINKED_KEY);
    for (const payload of sentToSlack) {
      expect(payload).not.toContain(LINKED_KEY);
      expect(formDecoded(payload)).not.toContain(LINKED_KEY);
      expect(payload).not.toContain('SECRET-7777');
    }
  });

  it('asks again, without storing anything, when the field is empty', async () => {
    await using h = await startHarness();
    const res = await h.interact(
      viewSubmissionPayload({
        callbackId: 'slack.key',
        privateMetadata: '{"s":"user"}',
        values: { key: { value: plainTextState('   ') } },
      }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      response_action: 'errors',
      errors: { key: expect.any(String) },
    });
    expect(
      await h.store.keys.getUserKeyMetadata({ platform: 'slack', teamId: 'T0001', userId: 'U0001' }),
    ).toBeUndefined();
  });

  it('refuses a key Altum rejects and says so without echoing it', async () => {
    await using h = await startHarness();
    const wrong = 'fake-altum-wrong-key-DONOTECHO-4242';
    await h.interact(
      viewSubmissionPayload({
        callbackId: 'slack.key',
        privateMetadata: JSON.stringify({ s: 'user', r: h.sink.url('wrong') }),
        values: { key: { value: plainTextState(wrong) } },
      }),
    );
    await h.sink.posts.waitFor(() => h.sink.postsTo('wrong').length === 1);
    const raw = h.sink.postsTo('wrong')[0]?.raw ?? '';
    expect(raw).not.toContain('DONOTECHO');
    expect(
      await h.store.keys.getUserKeyMetadata({ platform: 'slack', teamId: 'T0001', userId: 'U0001' }),
    ).toBeUndefined();
  });
});
