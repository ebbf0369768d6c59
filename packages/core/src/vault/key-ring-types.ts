/**
 * What a sealed secret is bound to. It becomes the AES-GCM additional authenticated data, so a row
 * copied to another platform, team, user or purpose fails to decrypt.
 */
export interface SecretContext {
  readonly purpose: 'api-key' | 'slack-installation';
  readonly platform: string;
  readonly teamId: string;
  /** Empty for team-level secrets (team default key, Slack installation). */
  readonly userId: string;
}

/**
 * One sealed secret as stored: `v1.<masterKeyId>.<wrapped data key>.<ciphertext>` (base64url parts,
 * each `nonce ‖ ciphertext ‖ tag`). Opaque to the store; only the key ring reads it.
 */
export type SealedSecret = string;

/** Envelope encryption with the primary master key, opening with any loaded (primary or previous) key. */
export interface KeyRing {
  /** Id of the master key new secrets are wrapped with. */
  readonly primaryKeyId: string;
  /** Ids of every loaded master key, primary first. */
  readonly keyIds: readonly string[];
  seal(plaintext: string, context: SecretContext): SealedSecret;
  /** Throws `VaultError` (`decrypt_failed`, `unknown_key_id`, `malformed_record`) on any mismatch. */
  open(sealed: SealedSecret, context: SecretContext): string;
  /** Whether `sealed` is wrapped by a master key other than the primary one. */
  needsRewrap(sealed: SealedSecret): boolean;
  /** Re-wraps the data key under the primary master key; the ciphertext body is unchanged. */
  rewrap(sealed: SealedSecret, context: SecretContext): SealedSecret;
}
