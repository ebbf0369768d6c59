import { describe, expect, it } from 'vitest';
import { maskKey } from './mask-key.ts';

describe('maskKey', () => {
  it('shows only the last four characters', () => {
    expect(maskKey('abcdefghijklmnopWXYZ')).toBe('…WXYZ');
    expect(maskKey('  abcdefghijklmnopWXYZ\n')).toBe('…WXYZ');
  });

  it('shows nothing of a short key', () => {
    expect(maskKey('short-key')).toBe('…');
    expect(maskKey('')).toBe('…');
  });
});
