import { formatEnvelope, openEnvelope, parseEnvelope, rewrapEnvelope, sealEnvelope } from './envelope.ts';
import type { KeyRing, SealedSecret, SecretContext } from './key-ring-types.ts';
import type { MasterKey } from './master-key.ts';
import { VaultError } from './vault-error.ts';

export interface KeyRingOptions {
  /** Wraps every new secret. */
  readonly primary: MasterKey;
  /** Still accepted for opening, e.g. the old key while `rotate-master-key` runs. */
  readonly previous?: readonly MasterKey[] | undefined;
}

/**
 * Creates the key ring the store seals and opens secrets with (AES-256-GCM envelope encryption:
 * a fresh data key per secret, wrapped by a master key chosen by the id stored in the row).
 */
export function createKeyRing(options: KeyRingOptions): KeyRing {
  const { primary } = options;
  const byId = new Map<string, MasterKey>([[primary.id, primary]]);
  for (const key of options.previous ?? []) if (!byId.has(key.id)) byId.set(key.id, key);

  const masterFor = (keyId: string): MasterKey => {
    const key = byId.get(keyId);
    if (key === undefined) {
      throw new VaultError(
        'unknown_key_id',
        `A stored secret is wrapped by master key ${keyId}, which is not loaded (loaded: ${[...byId.keys()].join(', ')}). Set the previous key in ALTUM_CHAT_PREVIOUS_MASTER_KEYS, or link the key again.`,
      );
    }
    return key;
  };

  return {
    primaryKeyId: primary.id,
    keyIds: [...byId.keys()],
    seal: (plaintext: string, context: SecretContext): SealedSecret =>
      formatEnvelope(sealEnvelope(primary, plaintext, context)),
    open: (sealed: SealedSecret, context: SecretContext): string => {
      const envelope = parseEnvelope(sealed);
      return openEnvelope(masterFor(envelope.keyId), envelope, context);
    },
    needsRewrap: (sealed: SealedSecret): boolean => parseEnvelope(sealed).keyId !== primary.id,
    rewrap: (sealed: SealedSecret, context: SecretContext): SealedSecret => {
      const envelope = parseEnvelope(sealed);
      if (envelope.keyId === primary.id) return sealed;
      return formatEnvelope(rewrapEnvelope(masterFor(envelope.keyId), primary, envelope, context));
    },
  };
}
