import { createHash } from 'node:crypto';
import { FAKE_KEYS } from '@altum-chat/testkit';
import {
  blockActionsPayload,
  plainTextState,
  slashCommandBody,
  viewSubmissionPayload,
} from '@altum-chat/testkit/slack';
import { describe, expect, it } from 'vitest';
import { type Harness, LINKED_KEY, startHarness, visibleText } from './harness.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Two Enterprise Grid organisations with the app installed org-wide: every click carries `team: null`. */
interface Org {
  readonly enterpriseId: string;
  readonly orgWide: true;
  readonly teamId: string;
  readonly userId: string;
}
const ORG_A: Org = { enterpriseId: 'EAAAA', orgWide: true, teamId: 'TAAAA', userId: 'UADMINA' };
const ORG_B: Org = { enterpriseId: 'EBBBB', orgWide: true, teamId: 'TBBBB', userId: 'UUSERB' };

async function installOrgWide(h: Harness, enterpriseId: string): Promise<void> {
  await h.store.slackInstallations.storeInstallation({
    enterprise: { id: enterpriseId },
    isEnterpriseInstall: true,
    bot: { token: `xoxb-${enterpriseId}`, userId: 'UBOT', id: 'BBOT', scopes: ['commands'] },
  } as never);
}

/** Org A's admin links a team key through the modal (a view submission with `team: null`). */
async function linkTeamKeyInOrgA(h: Harness): Promise<void> {
  h.slackApi.answer('users.info', { user: { id: ORG_A.userId, is_admin: true } });
  const metadata = JSON.stringify({ s: 'team', r: h.sink.url('a-link') });
  const submit = await h.interact(
    viewSubmissionPayload({
      ...ORG_A,
      callbackId: 'slack.key',
      privateMetadata: metadata,
      values: { key: { value: plainTextState(LINKED_KEY) } },
    }),
  );
  expect(submit.status).toBe(200);
  await h.sink.posts.waitFor(() => h.sink.postsTo('a-link').length === 1);
  h.slackApi.answer('users.info', { user: { id: 'U0001', is_admin: false } });
}

async function share(h: Harness, org: Org, text: string, name: string) {
  await h.interact(
    blockActionsPayload({ ...org, actionId: 'slack.share', value: text, responseUrl: h.sink.url(name) }),
  );
  await h.sink.posts.waitFor(() => h.sink.postsTo(name).length === 1);
  return visibleText(h.sink.postsTo(name)[0]?.body ?? {});
}

describe.each([
  { mode: 'single workspace', oauth: false },
  { mode: 'OAuth', oauth: true },
])('two org-wide installs stay apart ($mode)', ({ oauth }) => {
  it("org B neither sees nor spends org A's team key, and its admin cannot overwrite it", async () => {
    await using h = await startHarness({ oauth });
    if (oauth) {
      await installOrgWide(h, ORG_A.enterpriseId);
      await installOrgWide(h, ORG_B.enterpriseId);
    }
    await linkTeamKeyInOrgA(h);
    expect(await h.store.keys.getTeamKey({ platform: 'slack', teamId: ORG_A.enterpriseId })).toBe(LINKED_KEY);
    expect(await h.store.keys.getTeamKey({ platform: 'slack', teamId: 'unknown' })).toBeUndefined();

    // Org B: its status shows no team key, and its calls spend the deployment key.
    expect(await share(h, ORG_B, 'key status', 'b-status')).not.toContain('7777');
    h.altum.reset();
    await share(h, ORG_B, 'value 1071AA 28B', 'b-value');
    expect(h.altum.requests.filter((r) => r.operationId === 'avm').map((r) => r.keyHash)).toEqual([
      sha256(FAKE_KEYS.valid),
    ]);

    // Org A's own members do use it (the same button, another organisation).
    h.altum.reset();
    await share(h, { ...ORG_A, userId: 'UMEMBERA' }, 'value 1071AA 28B', 'a-value');
    expect(h.altum.requests.filter((r) => r.operationId === 'avm').map((r) => r.keyHash)).toEqual([
      sha256(LINKED_KEY),
    ]);

    // An org B admin linking "the team key" links org B's, leaving org A's in place.
    h.slackApi.answer('users.info', { user: { id: ORG_B.userId, is_admin: true } });
    await h.interact(
      viewSubmissionPayload({
        ...ORG_B,
        callbackId: 'slack.key',
        privateMetadata: JSON.stringify({ s: 'team', r: h.sink.url('b-link') }),
        values: { key: { value: plainTextState(FAKE_KEYS.valid) } },
      }),
    );
    await h.sink.posts.waitFor(() => h.sink.postsTo('b-link').length === 1);
    expect(await h.store.keys.getTeamKey({ platform: 'slack', teamId: ORG_A.enterpriseId })).toBe(LINKED_KEY);
    expect(await h.store.keys.getTeamKey({ platform: 'slack', teamId: ORG_B.enterpriseId })).toBe(
      FAKE_KEYS.valid,
    );
  });
});

describe('payloads without a tenant', () => {
  it('an org-wide click without an enterprise id is refused: nothing runs, nothing is stored', async () => {
    await using h = await startHarness();
    const res = await h.interact(
      blockActionsPayload({
        orgWide: true,
        actionId: 'slack.share',
        value: 'value 1071AA 28B',
        responseUrl: h.sink.url('none'),
      }),
    );
    expect(res.status).toBe(200);
    // A command afterwards is answered, so the refused click had every chance to post first.
    await h.slash('help', 'after');
    await h.sink.posts.waitFor(() => h.sink.postsTo('after').length === 1);
    expect(h.sink.postsTo('none')).toHaveLength(0);
    expect(h.altum.requests).toHaveLength(0);
    expect(h.logs()).toContain('slack payload without a tenant refused');
  });

  it('an org-wide slash command without an enterprise id is told why, in the ack', async () => {
    await using h = await startHarness();
    const res = await h.post(
      slashCommandBody({ orgWide: true, text: 'value 1071AA 28B', responseUrl: h.sink.url('x') }),
    );
    expect(await res.text()).toContain('did not say which workspace');
    expect(h.altum.requests).toHaveLength(0);
  });
});
