import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyRing } from './key-ring.ts';
import type { SecretContext } from './key-ring-types.ts';
import { MasterKey } from './master-key.ts';
import { isVaultError, type VaultErrorKind } from './vault-error.ts';

const SECRET = 'altum-live-key-5f2c9a7e1b3d4c6f-WXYZ';
const alice: SecretContext = { purpose: 'api-key', platform: 'slack', teamId: 'T1', userId: 'UALICE' };
const newKey = () => new MasterKey(randomBytes(32));

function rejection(fn: () => unknown): { kind: VaultErrorKind; message: string } {
  try {
    fn();
  } catch (error) {
    if (!isVaultError(error)) throw error;
    expect(error.message).not.toContain(SECRET);
    expect(error.cause).toBeUndefined();
    return { kind: error.kind, message: error.message };
  }
  throw new Error('expected a VaultError');
}

/** Flips one bit in the base64url part `index` (1 = key id, 2 = wrapped key, 3 = body). */
function tamper(sealed: string, index: number): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index] as string, 'base64url');
  bytes[bytes.length - 20] = (bytes[bytes.length - 20] as number) ^ 1;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('key ring (AES-256-GCM envelope)', () => {
  it('round-trips and never stores the plaintext, its base64 or hex', () => {
    const ring = createKeyRing({ primary: newKey() });
    const sealed = ring.seal(SECRET, alice);
    expect(ring.open(sealed, alice)).toBe(SECRET);
    for (const form of [
      SECRET,
      Buffer.from(SECRET).toString('base64'),
      Buffer.from(SECRET).toString('hex'),
    ]) {
      expect(sealed).not.toContain(form);
    }
    expect(sealed.startsWith(`v1.${ring.primaryKeyId}.`)).toBe(true);
  });

  it('uses a fresh data key and nonces for every seal', () => {
    const ring = createKeyRing({ primary: newKey() });
    const [a, b] = [ring.seal(SECRET, alice), ring.seal(SECRET, alice)];
    expect(a.split('.')[2]).not.toBe(b.split('.')[2]);
    expect(a.split('.')[3]).not.toBe(b.split('.')[3]);
  });

  it('rejects a tampered body and a tampered wrapped key', () => {
    const ring = createKeyRing({ primary: newKey() });
    const sealed = ring.seal(SECRET, alice);
    expect(rejection(() => ring.open(tamper(sealed, 3), alice)).kind).toBe('decrypt_failed');
    expect(rejection(() => ring.open(tamper(sealed, 2), alice)).kind).toBe('decrypt_failed');
    expect(rejection(() => ring.open('v1.garbage', alice)).kind).toBe('malformed_record');
  });

  it('rejects a row moved to another user, team, platform or purpose (AAD)', () => {
    const ring = createKeyRing({ primary: newKey() });
    const sealed = ring.seal(SECRET, alice);
    const elsewhere: SecretContext[] = [
      { ...alice, userId: 'UBOB' },
      { ...alice, teamId: 'T2' },
      { ...alice, platform: 'discord' },
      { ...alice, purpose: 'slack-installation' },
      { ...alice, teamId: 'T1", "UALICE', userId: '' },
    ];
    for (const context of elsewhere)
      expect(rejection(() => ring.open(sealed, context)).kind).toBe('decrypt_failed');
  });

  it('rejects a wrong master key, also when the row claims its id', () => {
    const sealed = createKeyRing({ primary: newKey() }).seal(SECRET, alice);
    const other = createKeyRing({ primary: newKey() });
    const unknown = rejection(() => other.open(sealed, alice));
    expect(unknown.kind).toBe('unknown_key_id');
    const forged = sealed.replace(/^v1\.[0-9a-f]+\./, `v1.${other.primaryKeyId}.`);
    expect(rejection(() => other.open(forged, alice)).kind).toBe('decrypt_failed');
  });

  it('re-wraps under the new primary key while the old one is loaded, keeping the body', () => {
    const oldKey = newKey();
    const sealed = createKeyRing({ primary: oldKey }).seal(SECRET, alice);
    const rotating = createKeyRing({ primary: newKey(), previous: [oldKey] });
    expect(rotating.open(sealed, alice)).toBe(SECRET);
    expect(rotating.needsRewrap(sealed)).toBe(true);
    const rewrapped = rotating.rewrap(sealed, alice);
    expect(rotating.needsRewrap(rewrapped)).toBe(false);
    expect(rewrapped.split('.')[3]).toBe(sealed.split('.')[3]);
    const afterRotation = createKeyRing({ primary: newKey(), previous: [] });
    expect(rejection(() => afterRotation.open(rewrapped, alice)).kind).toBe('unknown_key_id');
    expect(createKeyRing({ primary: newKey(), previous: [] }).keyIds).toHaveLength(1);
    expect(rotating.rewrap(rewrapped, alice)).toBe(rewrapped);
  });
});
