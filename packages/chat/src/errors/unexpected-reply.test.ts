import { describe, expect, it } from 'vitest';
import { createReferenceId } from './reference-id.ts';
import { unexpectedReply } from './unexpected-reply.ts';

describe('unexpectedReply, the one fallback reply', () => {
  it('is the internal row of the error table, private, with the reference in the footer and the text', () => {
    const reply = unexpectedReply('en', 'AB12CD34');
    expect(reply).toMatchObject({ kind: 'error', private: true, footer: { reference: 'AB12CD34' } });
    expect(reply.failure?.kind).toBe('internal');
    expect(reply.title).toBe('Something went wrong');
    expect(JSON.stringify(reply)).toContain('AB12CD34');
  });

  it('speaks Dutch too, and makes a reference in the one format when none is given', () => {
    const reply = unexpectedReply('nl');
    expect(reply.title).toBe('Er ging iets mis');
    expect(reply.footer?.reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(createReferenceId()).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  });
});
