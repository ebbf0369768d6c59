/** Longest key we accept in the private form; Altum's are 40 characters. */
const MAX_KEY_LENGTH = 256;
const MIN_KEY_LENGTH = 8;

/**
 * Whether a pasted value could be an API key at all: printable ASCII, no spaces, sensible length.
 * Checked before any network call; the value is never echoed whichever way it goes.
 */
export function checkKeyFormat(raw: string): { ok: true; key: string } | { ok: false } {
  const key = raw.trim();
  if (key.length < MIN_KEY_LENGTH || key.length > MAX_KEY_LENGTH) return { ok: false };
  if (!/^[\x21-\x7e]+$/.test(key)) return { ok: false };
  return { ok: true, key };
}
