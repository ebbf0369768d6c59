/**
 * Known secret values (API keys, bot tokens, signing secrets) registered at startup, so a log line
 * never carries one even when it hides inside a message string or an error's stack.
 */
export interface SecretRegistry {
  /** Remembers a secret; values shorter than 8 characters are ignored (they would scrub ordinary words). */
  register(value: string | undefined): void;
  /** Registered values, longest first, so a secret containing another is replaced whole. */
  values(): readonly string[];
}

const MIN_SECRET_LENGTH = 8;

/** A fresh registry; most callers use the process-wide one through `registerSecret`. */
export function createSecretRegistry(): SecretRegistry {
  const known = new Set<string>();
  let sorted: string[] = [];
  return {
    register(value) {
      const secret = value?.trim();
      if (!secret || secret.length < MIN_SECRET_LENGTH || known.has(secret)) return;
      known.add(secret);
      // A JSON-escaped copy as well: the scrubber also runs over already-serialised log lines.
      const escaped = JSON.stringify(secret).slice(1, -1);
      if (escaped !== secret) known.add(escaped);
      sorted = [...known].sort((a, b) => b.length - a.length);
    },
    values: () => sorted,
  };
}

/** The process-wide registry `createLogger` uses unless given another. */
export const defaultSecrets: SecretRegistry = createSecretRegistry();

/** Registers a secret with the process-wide registry (call once per secret at startup, after config loads). */
export function registerSecret(value: string | undefined): void {
  defaultSecrets.register(value);
}
