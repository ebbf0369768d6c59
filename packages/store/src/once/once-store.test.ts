import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/backends.ts';

describeEachBackend('once keys', (backend) => {
  it('a key is claimed once per window, by exactly one of several instances', async () => {
    const options = backend.freshOptions();
    const [a, b] = await Promise.all([backend.open(options), backend.open(options)]);
    const results = await Promise.all([
      a.once.claim('discord:interaction:1', 60_000),
      b.once.claim('discord:interaction:1', 60_000),
      a.once.claim('discord:interaction:1', 60_000),
      b.once.claim('discord:interaction:1', 60_000),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.once.claim('discord:interaction:2', 60_000)).toBe(true);
  });

  it('an expired claim can be made again', async () => {
    const store = await backend.open(backend.freshOptions());
    expect(await store.once.claim('k', 1)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await store.once.claim('k', 60_000)).toBe(true);
    expect(await store.once.claim('k', 60_000)).toBe(false);
  });

  it('a one-time value is taken once, by one instance; an expired one not at all', async () => {
    const options = backend.freshOptions();
    const [a, b] = await Promise.all([backend.open(options), backend.open(options)]);
    await a.once.claim('oauth:state:s1', 60_000, '{"scopes":["commands"]}');
    const taken = await Promise.all([a.once.take('oauth:state:s1'), b.once.take('oauth:state:s1')]);
    expect(taken.filter((value) => value !== undefined)).toEqual(['{"scopes":["commands"]}']);
    expect(await a.once.take('oauth:state:s1')).toBeUndefined();
    await a.once.claim('oauth:state:s2', 1, 'x');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await b.once.take('oauth:state:s2')).toBeUndefined();
  });
});
