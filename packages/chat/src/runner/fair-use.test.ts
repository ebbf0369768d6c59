import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/runner-harness.ts';
import type { Requester } from './types.ts';

const text = (t: string) => ({ kind: 'text', text: t }) as const;

/** A Discord DM as the bot files it: the user's own tenant, administered by them, marked direct. */
const dm: Requester = {
  platform: 'discord',
  teamId: 'dm:U-CAPPED',
  userId: 'U-CAPPED',
  isAdmin: true,
  direct: true,
};
const server: Requester = { platform: 'discord', teamId: 'G1', userId: 'U-CAPPED' };

describe('direct messages and the deployment key', () => {
  it('never spend the deployment key without the operator’s DM cap, whatever the user sets', async () => {
    await using h = await createHarness({ deploymentKey: true });
    // In a server the member is capped at 2 credits a day; in the DM they raise "their" cap.
    await h.store.budgets.setBudget(server, { userDailyCredits: 2 });
    expect((await h.runner.run(dm, text('settings budget user 1000'))).kind).not.toBe('error');
    const reply = await h.runner.run(dm, text('value 1071AA 28B'));
    expect(reply).toMatchObject({ kind: 'error', title: 'No API key linked' });
    expect(reply.summary).toContain('only spends your own API key');
    expect(h.fake.requests).toHaveLength(0);
  });

  it('spend it under the operator’s DM cap, which a cap stored in the DM cannot raise', async () => {
    await using h = await createHarness({ deploymentKey: true, dmDailyCredits: 2 });
    await h.runner.run(dm, text('settings budget user 1000'));
    expect((await h.runner.run(dm, text('value 1071AA 28B'))).kind).toBe('result');
    expect((await h.runner.run(dm, text('value 1071AA 30'))).kind).toBe('result');
    const third = await h.runner.run(dm, text('value 1071AA 32'));
    expect(third).toMatchObject({ kind: 'error', title: 'Budget reached' });
    expect(h.fake.countFor('avm')).toBe(2);
  });

  it('let a user’s own key work in DMs, under the cap its owner sets there', async () => {
    await using h = await createHarness();
    await h.store.keys.setUserKey(dm, h.fake.apiKey);
    expect((await h.runner.run(dm, text('value 1071AA 28B'))).footer?.keyScope).toMatch(/^personal key/);
    await h.runner.run(dm, text('settings budget user 1'));
    expect((await h.runner.run(dm, text('value 1071AA 30'))).title).toBe('Budget reached');
    expect(h.fake.countFor('avm')).toBe(1);
  });
});

describe('per-user rate', () => {
  it('answers "busy" past the per-minute limit, for that user only, before anything is sent', async () => {
    await using h = await createHarness({ deploymentKey: true, commandsPerMinute: 3 });
    const alice: Requester = { platform: 'slack', teamId: 'T1', userId: 'U-A' };
    for (let i = 0; i < 3; i += 1) expect((await h.runner.run(alice, text('help'))).kind).not.toBe('error');
    const fourth = await h.runner.run(alice, text('value 1071AA 28B'));
    expect(fourth).toMatchObject({ kind: 'error', title: 'Busy, try again shortly' });
    expect(h.fake.requests).toHaveLength(0);
    const nl = await h.runner.run({ ...alice, locale: 'nl' }, text('hulp'));
    expect(nl.title).toBe('Even druk, probeer het zo opnieuw');
    expect((await h.runner.run({ ...alice, userId: 'U-B' }, text('value 1071AA 28B'))).kind).toBe('result');
  });
});
