/**
 * Whether a word could be an API key or other secret: long, one token, letters and digits mixed.
 * Such words are never echoed back, logged or suggested from (Altum keys are 40 alphanumerics).
 */
export function looksLikeSecret(word: string): boolean {
  const text = word.trim();
  if (text.length < 16 || /\s/.test(text)) return false;
  if (!/^[\x21-\x7e]+$/.test(text)) return false;
  return /\d/.test(text) && /[A-Za-z]/.test(text);
}

/** What of a user's word may appear in a reply: short, single-line, never something key-like. */
export function safeEcho(word: string, max = 30): string {
  const text = word.replace(/[\s`*_~<>|]+/g, ' ').trim();
  if (looksLikeSecret(text)) return '…';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Whether any word of a text (or the value of a `name=value` word) looks like a pasted key. */
export function containsSecret(text: string): boolean {
  return text.split(/\s+/).some((word) => {
    // `sloped_roof_insulation=4` is a name and a value, not a key: only the value counts then.
    const named = /^[\p{L}_-]+[=:](.*)$/u.exec(word);
    return looksLikeSecret(named ? (named[1] ?? '') : word);
  });
}
