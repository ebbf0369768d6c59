/**
 * Why the vault refused. Messages describe the problem and the fix and never include key material,
 * plaintext, ciphertext or the master key; `cause` is never set to an error that could carry them.
 */
export const VAULT_ERROR_KINDS = [
  'malformed_master_key',
  'missing_master_key',
  'unknown_key_id',
  'decrypt_failed',
  'malformed_record',
] as const;

export type VaultErrorKind = (typeof VAULT_ERROR_KINDS)[number];

export class VaultError extends Error {
  override readonly name = 'VaultError';
  readonly kind: VaultErrorKind;

  constructor(kind: VaultErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

export function isVaultError(error: unknown): error is VaultError {
  return error instanceof VaultError;
}
