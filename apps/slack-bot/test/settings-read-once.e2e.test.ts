import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, visibleText } from './harness.ts';

/**
 * A slash command reads the user's and team's settings once (issue #15): the listener asks the
 * runner for the preferences and hands them into the run, instead of the listener and the runner
 * each reading the same rows. Counted at the real store the app and the runner share.
 */
describe('a Slack command reads its settings once', () => {
  let h: Harness;
  const reads = { user: 0, team: 0 };
  beforeAll(async () => {
    h = await startHarness();
    const settings = h.store.settings;
    const user = settings.getUserSettings.bind(settings);
    const team = settings.getTeamSettings.bind(settings);
    settings.getUserSettings = (ref) => {
      reads.user += 1;
      return user(ref);
    };
    settings.getTeamSettings = (ref) => {
      reads.team += 1;
      return team(ref);
    };
  });
  afterAll(() => h.close());

  it('answers in the stored language and public visibility after one read of each row', async () => {
    await h.store.settings.setUserSettings(
      { platform: 'slack', teamId: 'T0001', userId: 'U0001' },
      { language: 'nl', visibility: 'public' },
    );
    reads.user = 0;
    reads.team = 0;
    const ack = await h.slash('value 1071AA 28B', 'once', { userId: 'U0001' });
    expect(ack.status).toBe(200);
    await h.sink.posts.waitFor(() => h.sink.postsTo('once').length >= 2);
    const [result] = h.sink.postsTo('once');
    expect(result?.body).toMatchObject({ response_type: 'in_channel' });
    expect(visibleText(result?.body ?? {})).toContain('Woningwaarde');
    expect(reads).toEqual({ user: 1, team: 1 });
  });
});
