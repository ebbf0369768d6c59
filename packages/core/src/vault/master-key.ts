import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { VaultError } from './vault-error.ts';

export const MASTER_KEY_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * A 256-bit master key that wraps data keys. The bytes are private and the object prints as
 * `MasterKey(<id>)` in logs, JSON and `util.inspect`, so it cannot leak through a stray log call.
 */
export class MasterKey {
  readonly #bytes: Buffer;
  /** Non-secret id (HMAC of a fixed label under the key), stored with each row to support rotation. */
  readonly id: string;

  constructor(bytes: Uint8Array) {
    if (bytes.length !== MASTER_KEY_BYTES) {
      throw new VaultError('malformed_master_key', `A master key must be ${MASTER_KEY_BYTES} bytes.`);
    }
    this.#bytes = Buffer.from(bytes);
    this.id = createHmac('sha256', this.#bytes)
      .update('altum-chat master key id v1')
      .digest('hex')
      .slice(0, 16);
  }

  /** The raw key, for the envelope code only. */
  bytes(): Buffer {
    return this.#bytes;
  }

  toJSON(): string {
    return this.toString();
  }

  toString(): string {
    return `MasterKey(${this.id})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/**
 * Parses a base64 (or base64url) master key, e.g. from `openssl rand -base64 32`. Errors say what is
 * wrong (characters, length) and where the value came from, never the value itself.
 */
export function parseMasterKey(value: string, source = 'ALTUM_CHAT_MASTER_KEY'): MasterKey {
  const text = value.trim();
  const hint = 'Generate one with `openssl rand -base64 32`.';
  if (text.length === 0) {
    throw new VaultError('malformed_master_key', `${source} is empty. ${hint}`);
  }
  if (!BASE64.test(text) && !BASE64URL.test(text)) {
    throw new VaultError(
      'malformed_master_key',
      `${source} is not base64: it contains characters outside A-Z, a-z, 0-9, +, /, = (or - and _). ${hint}`,
    );
  }
  const bytes = Buffer.from(text, BASE64.test(text) ? 'base64' : 'base64url');
  if (bytes.length !== MASTER_KEY_BYTES) {
    throw new VaultError(
      'malformed_master_key',
      `${source} decodes to ${bytes.length} bytes; it must be exactly ${MASTER_KEY_BYTES} bytes (44 base64 characters). ${hint}`,
    );
  }
  return new MasterKey(bytes);
}
