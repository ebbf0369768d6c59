import type { Locale } from '@altum-chat/core';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/backends.ts';

const alice = { platform: 'discord', teamId: 'G1', userId: 'A' };
const team = { platform: 'discord', teamId: 'G1' };

describeEachBackend('settings store', (backend) => {
  it('starts empty, applies patches, and clears with null', async () => {
    const store = await backend.open(backend.freshOptions());
    expect(await store.settings.getUserSettings(alice)).toEqual({});
    expect(await store.settings.setUserSettings(alice, { language: 'nl' })).toEqual({ language: 'nl' });
    expect(await store.settings.setUserSettings(alice, { visibility: 'public' })).toEqual({
      language: 'nl',
      visibility: 'public',
    });
    expect(await store.settings.setUserSettings(alice, { language: null })).toEqual({ visibility: 'public' });
    expect(await store.settings.getUserSettings(alice)).toEqual({ visibility: 'public' });
  });

  it('keeps team and user settings apart', async () => {
    const store = await backend.open(backend.freshOptions());
    await store.settings.setTeamSettings(team, { language: 'en', visibility: 'ephemeral' });
    expect(await store.settings.getTeamSettings(team)).toEqual({ language: 'en', visibility: 'ephemeral' });
    expect(await store.settings.getUserSettings(alice)).toEqual({});
    expect(await store.settings.getTeamSettings({ platform: 'slack', teamId: 'G1' })).toEqual({});
  });

  it('refuses unknown values', async () => {
    const store = await backend.open(backend.freshOptions());
    await expect(store.settings.setUserSettings(alice, { language: 'de' as Locale })).rejects.toThrow(
      'use nl or en',
    );
  });
});
