import { describe, expect, it } from 'vitest';
import { createReferenceId } from './reference-id.ts';

describe('createReferenceId', () => {
  it('is 8 Crockford base32 characters, distinct over many draws (across pool refills)', () => {
    const ids = Array.from({ length: 10_000 }, () => createReferenceId());
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // Every character of the alphabet turns up in every position: no bias from the byte → character step.
    for (let position = 0; position < 8; position++)
      expect(new Set(ids.map((id) => id[position])).size).toBe(32);
  });
});
