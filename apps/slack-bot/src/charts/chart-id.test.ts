import { describe, expect, it } from 'vitest';
import { chartHash, createChartSigner } from './chart-id.ts';
import { createChartStore } from './chart-store.ts';

describe('chart ids', () => {
  const signer = createChartSigner('signing-secret', 60_000);
  const hash = chartHash(new Uint8Array([1, 2, 3]));

  it('round-trips until the expiry', () => {
    const id = signer.sign(hash, 1_000_000);
    expect(signer.verify(id, 1_000_000 + 59_000)).toBe(hash);
    expect(signer.verify(id, 1_000_000 + 61_000)).toBeUndefined();
  });

  it('rejects tampered hashes, expiries and ids signed with another secret', () => {
    const id = signer.sign(hash, 1_000_000);
    const [h, exp, sig] = id.split('.');
    expect(signer.verify(`${h}.${Number(exp) + 3600}.${sig}`, 1_000_000)).toBeUndefined();
    expect(signer.verify(`${'0'.repeat(32)}.${exp}.${sig}`, 1_000_000)).toBeUndefined();
    expect(createChartSigner('other-secret', 60_000).verify(id, 1_000_000)).toBeUndefined();
    expect(signer.verify('../../etc/passwd', 1_000_000)).toBeUndefined();
  });

  it('does not contain the secret', () => {
    expect(signer.sign(hash)).not.toContain('signing-secret');
  });
});

describe('createChartStore', () => {
  it('evicts the oldest charts beyond its byte bound', async () => {
    const store = createChartStore({ maxBytes: 10 });
    await store.put('a', new Uint8Array(6));
    await store.put('b', new Uint8Array(6));
    expect(await store.get('a')).toBeUndefined();
    expect((await store.get('b'))?.byteLength).toBe(6);
  });

  it('serves charts another instance stored in the shared cache', async () => {
    const entries = new Map<string, unknown>();
    const shared = {
      get: async (key: string) => entries.get(key),
      set: async (key: string, value: unknown) => {
        entries.set(key, value);
      },
    };
    await createChartStore({ shared }).put('h1', new Uint8Array([7, 8]));
    expect(Array.from((await createChartStore({ shared }).get('h1')) ?? [])).toEqual([7, 8]);
  });
});
