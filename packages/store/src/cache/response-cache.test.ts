import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/backends.ts';

describeEachBackend('shared response cache', (backend) => {
  it('shares entries between instances and expires them', async () => {
    const options = backend.freshOptions();
    const [one, two] = [await backend.open(options), await backend.open(options)];
    const value = { Outputs: { PriceEstimation: 425000, bounds: [400000, 450000] }, note: 'café' };
    await one.responseCache.set('avm:1071AA:28:B', value, 60_000);
    expect(await two.responseCache.get('avm:1071AA:28:B')).toEqual(value);
    expect(await two.responseCache.get('avm:other')).toBeUndefined();

    await two.responseCache.set('avm:1071AA:28:B', { replaced: true }, 60_000);
    expect(await one.responseCache.get('avm:1071AA:28:B')).toEqual({ replaced: true });
  });

  it('treats an expired entry as a miss', async () => {
    const options = backend.freshOptions();
    const store = await backend.open(options);
    await store.responseCache.set('short', 1, 60_000);
    await backend.sql(options, 'UPDATE response_cache SET expires_at = ?', [Date.now() - 1]);
    expect(await store.responseCache.get('short')).toBeUndefined();
    await store.responseCache.set('never', 1, 0);
    expect(await store.responseCache.get('never')).toBeUndefined();
  });
});
