import { describe, expect, it } from 'vitest';
import { startFakeSlackApi } from './fake-web-api.ts';
import { interactivityBody, slashCommandBody } from './payloads.ts';
import { startResponseSink } from './response-sink.ts';
import { signSlackRequest } from './signing.ts';

describe('signSlackRequest', () => {
  it('reproduces the example signature from Slack docs', () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const headers = signSlackRequest('8f742231b10e8888abcd99yyyzzz85a5', body, 1531420618);
    expect(headers['x-slack-signature']).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });
});

describe('payload builders', () => {
  it('form-encodes slash commands and wraps interactivity in a payload field', () => {
    const slash = new URLSearchParams(
      slashCommandBody({ text: 'value 1071AA 28B', responseUrl: 'http://x/r' }),
    );
    expect(slash.get('text')).toBe('value 1071AA 28B');
    expect(slash.get('command')).toBe('/altum');
    const action = new URLSearchParams(interactivityBody({ type: 'block_actions' }));
    expect(JSON.parse(action.get('payload') ?? '')).toEqual({ type: 'block_actions' });
  });
});

describe('startFakeSlackApi', () => {
  it('records form and JSON calls and answers ok', async () => {
    await using api = await startFakeSlackApi();
    const form = await fetch(`${api.apiUrl}views.open`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer xoxb-1' },
      body: new URLSearchParams({ trigger_id: 't', view: JSON.stringify({ type: 'modal' }) }).toString(),
    });
    expect(await form.json()).toMatchObject({ ok: true, view: { id: 'V_OPENED' } });
    await fetch(`${api.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'C1', text: 'hi' }),
    });
    expect(api.callsTo('views.open')[0]?.args).toEqual({ trigger_id: 't', view: { type: 'modal' } });
    expect(api.callsTo('views.open')[0]?.authorization).toBe('Bearer xoxb-1');
    expect(api.callsTo('chat.postMessage')[0]?.args).toEqual({ channel: 'C1', text: 'hi' });
  });
});

describe('startResponseSink', () => {
  it('records posts per response_url and lets tests wait for them', async () => {
    await using sink = await startResponseSink();
    const waiting = sink.posts.waitFor((posts) => posts.length === 1);
    await fetch(sink.url('a'), { method: 'POST', body: JSON.stringify({ text: 'done' }) });
    await waiting;
    expect(sink.postsTo('a')[0]?.body).toEqual({ text: 'done' });
    expect(sink.postsTo('b')).toEqual([]);
  });
});
