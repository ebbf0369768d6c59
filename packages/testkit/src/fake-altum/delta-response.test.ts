import { createAltumClient } from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import { startFakeAltum } from './start-fake-altum.ts';

const house = {
  postcode: '1071AA',
  housenumber: 28,
  houseaddition: 'B',
  wall_insulation: 1,
  living_room_windows: 1,
};
const LABELS = ['G', 'F', 'E', 'D', 'C', 'B', 'A', 'A+', 'A++', 'A+++', 'A++++'];

describe('fake Delta what-if', () => {
  it('gives a better label, higher investment and larger savings for more and better measures', async () => {
    await using fake = await startFakeAltum();
    await using client = createAltumClient({ baseUrl: fake.url, cache: false });
    const call = (targets: Record<string, number>) =>
      client.call('sustainability.delta', { ...house, ...targets }, { apiKey: fake.apiKey });

    const none = await call({});
    const some = await call({ target_wall_insulation: 3 });
    const more = await call({
      target_wall_insulation: 4,
      target_living_room_windows: 4,
      target_installation: 6,
    });

    expect(none.label.potential).toBe(none.label.current);
    expect(Object.keys(none.measures ?? {})).toEqual([]);
    const rank = (label: string | undefined) => LABELS.indexOf(label ?? '');
    expect(rank(some.label.potential)).toBeGreaterThan(rank(none.label.potential));
    expect(rank(more.label.potential)).toBeGreaterThan(rank(some.label.potential));
    expect(more.financial?.total_investment ?? 0).toBeGreaterThan(some.financial?.total_investment ?? 0);
    expect(more.financial?.total_saving ?? 0).toBeGreaterThan(some.financial?.total_saving ?? 0);
    expect(some.financial?.total_saving ?? 0).toBeGreaterThan(0);
    expect(Object.keys(more.measures ?? {}).sort()).toEqual([
      'installation',
      'living_room_windows',
      'wall_insulation',
    ]);
    expect(more.address).toMatchObject({ post_code: '1071AA', house_number: 28, addition: 'B' });
  });
});
