import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** A throwaway Ed25519 application key pair, as Discord holds one per application. */
export interface DiscordTestKeys {
  /** The raw 32-byte public key as hex, the form the developer portal shows (`DISCORD_PUBLIC_KEY`). */
  readonly publicKeyHex: string;
  readonly privateKey: KeyObject;
}

/** Generates a fresh key pair for one test run; never reuse a real application's key in tests. */
export function createDiscordTestKeys(): DiscordTestKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // SPKI DER for Ed25519 is a fixed 12-byte prefix followed by the 32 raw key bytes.
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { publicKeyHex: der.subarray(der.length - 32).toString('hex'), privateKey };
}

/** The two headers Discord sends with every HTTP interaction. */
export type DiscordSignatureHeaders = {
  readonly 'x-signature-ed25519': string;
  readonly 'x-signature-timestamp': string;
  readonly 'content-type': 'application/json';
};

/**
 * Signs `timestamp + body` like Discord does for interactions endpoints.
 * https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 */
export function signDiscordRequest(
  keys: DiscordTestKeys,
  body: string,
  timestamp: string = String(Math.floor(Date.now() / 1000)),
): DiscordSignatureHeaders {
  const signature = sign(null, Buffer.from(timestamp + body, 'utf8'), keys.privateKey).toString('hex');
  return {
    'x-signature-ed25519': signature,
    'x-signature-timestamp': timestamp,
    'content-type': 'application/json',
  };
}
