import { randomBytes } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so a reference read over the phone is unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** An 8-character reference (40 random bits) shown in replies and written in the log line of a command. */
export function createReferenceId(): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let id = '';
  for (let i = 0; i < 8; i++) {
    id = (ALPHABET[Number(bits & 31n)] ?? '0') + id;
    bits >>= 5n;
  }
  return id;
}
