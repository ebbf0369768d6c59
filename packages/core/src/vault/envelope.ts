import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretContext } from './key-ring-types.ts';
import type { MasterKey } from './master-key.ts';
import { VaultError } from './vault-error.ts';

const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;

/** The parts of a sealed secret, still encrypted. */
export interface Envelope {
  readonly keyId: string;
  /** The data key, AES-256-GCM under the master key: nonce ‖ ciphertext ‖ tag. */
  readonly wrappedKey: Buffer;
  /** The secret, AES-256-GCM under the data key: nonce ‖ ciphertext ‖ tag. */
  readonly body: Buffer;
}

/** Additional authenticated data: binds ciphertexts to purpose, platform, team and user. */
export function contextAad(context: SecretContext): Buffer {
  // JSON of an array is unambiguous (no "a|b" + "c" vs "a" + "b|c" collisions).
  return Buffer.from(
    JSON.stringify(['altum-chat/v1', context.purpose, context.platform, context.teamId, context.userId]),
  );
}

function wrapAad(keyId: string, context: SecretContext): Buffer {
  return Buffer.concat([Buffer.from(`dek:${keyId}:`), contextAad(context)]);
}

function encrypt(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  return Buffer.concat([nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

function decrypt(key: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) {
    throw new VaultError('malformed_record', 'A stored secret is truncated; link the key again.');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE_BYTES));
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    // Deliberately no `cause`: keep crypto internals out of logs; the message says what to do.
    throw new VaultError(
      'decrypt_failed',
      'A stored secret failed authentication (wrong master key, tampered data, or a row moved to another user or team); link the key again.',
    );
  }
}

/** Encrypts with a fresh data key, which is then wrapped by the master key. */
export function sealEnvelope(master: MasterKey, plaintext: string, context: SecretContext): Envelope {
  const dataKey = randomBytes(DATA_KEY_BYTES);
  try {
    const body = encrypt(dataKey, Buffer.from(plaintext, 'utf8'), contextAad(context));
    const wrappedKey = encrypt(master.bytes(), dataKey, wrapAad(master.id, context));
    return { keyId: master.id, wrappedKey, body };
  } finally {
    dataKey.fill(0);
  }
}

/** Unwraps the data key. Caller zeroes it after use. */
export function unwrapDataKey(master: MasterKey, envelope: Envelope, context: SecretContext): Buffer {
  const dataKey = decrypt(master.bytes(), envelope.wrappedKey, wrapAad(envelope.keyId, context));
  if (dataKey.length !== DATA_KEY_BYTES) {
    throw new VaultError('malformed_record', 'A stored secret has a malformed data key; link the key again.');
  }
  return dataKey;
}

export function openEnvelope(master: MasterKey, envelope: Envelope, context: SecretContext): string {
  const dataKey = unwrapDataKey(master, envelope, context);
  try {
    return decrypt(dataKey, envelope.body, contextAad(context)).toString('utf8');
  } finally {
    dataKey.fill(0);
  }
}

/** Re-wraps the data key under `next`; the body stays byte-identical. */
export function rewrapEnvelope(
  current: MasterKey,
  next: MasterKey,
  envelope: Envelope,
  context: SecretContext,
): Envelope {
  const dataKey = unwrapDataKey(current, envelope, context);
  try {
    return {
      keyId: next.id,
      wrappedKey: encrypt(next.bytes(), dataKey, wrapAad(next.id, context)),
      body: envelope.body,
    };
  } finally {
    dataKey.fill(0);
  }
}

export function formatEnvelope(envelope: Envelope): string {
  return [
    VERSION,
    envelope.keyId,
    envelope.wrappedKey.toString('base64url'),
    envelope.body.toString('base64url'),
  ].join('.');
}

export function parseEnvelope(sealed: string): Envelope {
  const parts = sealed.split('.');
  const [version, keyId, wrapped, body] = parts;
  if (parts.length !== 4 || version !== VERSION || !keyId || !wrapped || !body) {
    throw new VaultError(
      'malformed_record',
      'A stored secret is not in the expected format; link the key again.',
    );
  }
  return { keyId, wrappedKey: Buffer.from(wrapped, 'base64url'), body: Buffer.from(body, 'base64url') };
}
