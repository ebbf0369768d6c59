import { describe, expect, it } from 'vitest';
import { createRecentPreferences } from './recent-preferences.ts';
import { slackRequester } from './requester.ts';

describe('recent preferences', () => {
  it('remembers the latest preferences per team and user', () => {
    const recent = createRecentPreferences();
    const a = slackRequester('T1', 'U1');
    recent.set(a, { locale: 'nl', visibility: 'ephemeral' });
    recent.set(a, { locale: 'en', visibility: 'public' });
    expect(recent.get(a)).toEqual({ locale: 'en', visibility: 'public' });
    expect(recent.get(slackRequester('T2', 'U1'))).toBeUndefined();
  });

  it('forgets the least recently set user past its bound', () => {
    const recent = createRecentPreferences(2);
    const [a, b, c] = ['U1', 'U2', 'U3'].map((id) => slackRequester('T1', id));
    if (!a || !b || !c) throw new Error('requesters');
    recent.set(a, { locale: 'nl', visibility: 'ephemeral' });
    recent.set(b, { locale: 'nl', visibility: 'ephemeral' });
    recent.set(a, { locale: 'en', visibility: 'ephemeral' });
    recent.set(c, { locale: 'nl', visibility: 'ephemeral' });
    expect(recent.get(b)).toBeUndefined();
    expect(recent.get(a)?.locale).toBe('en');
    expect(recent.get(c)?.locale).toBe('nl');
  });
});
