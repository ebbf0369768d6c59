import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/backends.ts';

describeEachBackend('rate windows', (backend) => {
  it('count hits per key across instances and refuse past the limit, with the wait', async () => {
    const options = backend.freshOptions();
    const [a, b] = await Promise.all([backend.open(options), backend.open(options)]);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? a : b).rates.hit('user:U1', 60_000, 5)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const refused = results.find((r) => !r.allowed);
    expect(refused?.retryAfterMs).toBeGreaterThan(0);
    expect(refused?.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect((await a.rates.hit('user:U2', 60_000, 5)).allowed).toBe(true);
  });
});
