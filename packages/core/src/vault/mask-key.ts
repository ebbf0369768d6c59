/** Keys shorter than this show no characters at all: four of a short key would reveal too much. */
const MIN_LENGTH_TO_SHOW = 12;

/**
 * A display fingerprint for an API key or token: `…` plus its last four characters (`…WXYZ`), the
 * convention Altum's dashboard and most key consoles use. Never returns more than four characters.
 */
export function maskKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length < MIN_LENGTH_TO_SHOW) return '…';
  return `…${trimmed.slice(-4)}`;
}
