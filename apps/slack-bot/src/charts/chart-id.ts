import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * Chart image ids: `<content hash>.<expiry seconds>.<signature>`. The HMAC stops anyone from
 * fetching charts by guessing hashes or extending the expiry; the key is derived from the signing
 * secret so no extra configuration is needed and every instance derives the same key.
 */
export interface ChartSigner {
  sign(hash: string, nowMs?: number): string;
  /** The content hash if the id is authentic and unexpired, else undefined. */
  verify(id: string, nowMs?: number): string | undefined;
}

export const CHART_TTL_MS = 24 * 60 * 60 * 1000;

/** sha256 of the PNG, shortened: the storage key and the first part of the id. */
export const chartHash = (png: Uint8Array): string =>
  createHash('sha256').update(png).digest('hex').slice(0, 32);

export function createChartSigner(secret: string, ttlMs: number = CHART_TTL_MS): ChartSigner {
  const key = Buffer.from(hkdfSync('sha256', secret, 'altum-chat', 'slack chart urls v1', 32));
  const mac = (text: string): Buffer => createHmac('sha256', key).update(text).digest().subarray(0, 16);
  return {
    sign(hash, nowMs = Date.now()) {
      const expires = Math.floor((nowMs + ttlMs) / 1000);
      return `${hash}.${expires}.${mac(`${hash}.${expires}`).toString('base64url')}`;
    },
    verify(id, nowMs = Date.now()) {
      const match = /^([0-9a-f]{32})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/.exec(id);
      if (!match) return undefined;
      const [, hash = '', expires = '', signature = ''] = match;
      const expected = mac(`${hash}.${expires}`);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      return Number(expires) * 1000 < nowMs ? undefined : hash;
    },
  };
}
