import {
  blockActionsPayload,
  interactivityBody,
  slashCommandBody,
  viewSubmissionPayload,
} from '@altum-chat/testkit/slack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

/**
 * Correctly signed bodies Slack never sends (found by the e2e fuzzer) and well-formed ones no listener
 * handles: each gets a prompt 4xx or an empty 200, never a 500 or Bolt's 404 after 3 seconds.
 */
describe('signed but malformed or unhandled requests', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const envelope = { user: { id: 'U0001' }, team: { id: 'T0001' } };

  it.each([
    ['block_actions without user or team', { type: 'block_actions', actions: [] }],
    ['block_actions with no actions', { ...envelope, type: 'block_actions', actions: [] }],
    ['an action without action_id', { ...envelope, type: 'block_actions', actions: [{ type: 'button' }] }],
    [
      'an action without type',
      { ...envelope, type: 'block_actions', actions: [{ action_id: 'slack.share' }] },
    ],
    ['an unknown payload type', { ...envelope, type: '', actions: [] }],
    ['a payload type Slack does not have', { ...envelope, type: 'nonsense' }],
    ['a user without id', { type: 'block_actions', user: {}, team: { id: 'T0001' }, actions: [] }],
    ['a view submission without state', { ...envelope, type: 'view_submission', view: { callback_id: 'x' } }],
    ['a JSON array', []],
    ['JSON null', null],
  ])('answers 400 to %s', async (_name, payload) => {
    const res = await h.post(interactivityBody(payload));
    expect(res.status).toBe(400);
  });

  it('answers 400 to a payload that is not JSON, or sent twice', async () => {
    expect((await h.post('payload=%7Bnot-json')).status).toBe(400);
    expect((await h.post('payload=%7B%7D&payload=%7B%7D')).status).toBe(400);
  });

  it('answers 400 to Events API bodies that are not objects or have no known type', async () => {
    for (const body of ['null', '42', '"x"', '{}', '{"type":"x","event":{"type":"app_home_opened"}}'])
      expect((await h.post(body, 'application/json')).status).toBe(400);
  });

  it('answers 400 to a slash command without user or team', async () => {
    const params = new URLSearchParams(slashCommandBody({ text: 'help', responseUrl: h.sink.url('nouser') }));
    params.delete('user_id');
    expect((await h.post(params.toString())).status).toBe(400);
  });

  it('acks events it does not handle with 200 (Slack retries anything else)', async () => {
    const event = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0001',
      event: { type: 'reaction_added', user: 'U0001' },
    });
    expect((await h.post(event, 'application/json')).status).toBe(200);
    expect((await h.post('{"type":"app_rate_limited"}', 'application/json')).status).toBe(200);
  });

  it('acks well-formed requests no listener matches with an empty 200', async () => {
    const action = await h.interact(
      blockActionsPayload({ actionId: 'unknown.action', value: 'x', responseUrl: h.sink.url('unmatched') }),
    );
    expect(action.status).toBe(200);
    expect(await action.text()).toBe('');
    const view = await h.interact(viewSubmissionPayload({ callbackId: 'unknown.view', values: {} }));
    expect(view.status).toBe(200);
    const command = await h.post(
      slashCommandBody({ command: '/other', text: 'value 1071AA 28B', responseUrl: h.sink.url('other') }),
    );
    expect(command.status).toBe(200);
    expect(await command.text()).toBe('');
  });

  it('ran nothing for any of them and logged no 500', () => {
    expect(h.sink.posts.items).toHaveLength(0);
    expect(h.altum.requests).toHaveLength(0);
    expect(h.slackApi.calls.items.filter((call) => call.method !== 'auth.test')).toHaveLength(0);
    expect(h.logs()).not.toContain('"status":500');
  });
});
