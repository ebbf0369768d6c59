import { ALTUM_ERROR_KINDS, AltumError } from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../commands/registry.ts';
import type { Locale } from '../i18n/locale.ts';
import { createTranslator } from '../i18n/translate.ts';
import { CHAT_ERROR_KINDS, ChatError } from './chat-error.ts';
import { errorReply, failureKind } from './error-reply.ts';
import { FAILURES } from './error-table.ts';

const context = (locale: Locale) => ({
  t: createTranslator(locale),
  locale,
  reference: 'ABCD2345',
  command: defaultRegistry.get('value'),
});

describe('errorReply', () => {
  it.each(['en', 'nl'] as const)(
    'turns every Altum error kind into a reply with what to do (%s)',
    (locale) => {
      const titles = new Set<string>();
      for (const kind of ALTUM_ERROR_KINDS) {
        const error = new AltumError({
          kind,
          operationId: 'avm',
          message: `avm: internal detail ${kind}`,
          fields: [{ field: 'postcode', message: 'bad' }],
          retryAfterMs: 2_500,
          cause: new Error('socket detail'),
        });
        const reply = errorReply(error, context(locale));
        expect(failureKind(error)).toBe(kind);
        expect(reply.kind).toBe(FAILURES[kind].replyKind);
        expect(reply.footer).toEqual({ reference: 'ABCD2345' });
        expect(reply.private).toBe(true);
        expect(reply.fields.some((f) => f.label === (locale === 'nl' ? 'Wat nu' : 'What to do'))).toBe(true);
        expect(JSON.stringify(reply)).not.toMatch(/internal detail|socket detail|stack/);
        titles.add(reply.title);
      }
      expect(titles.size).toBe(ALTUM_ERROR_KINDS.length);
    },
  );

  it('names the API in the user’s language and the wait Altum asked for', () => {
    const error = new AltumError({
      kind: 'rate_limited',
      operationId: 'avm',
      message: 'x',
      retryAfterMs: 2_500,
    });
    const reply = errorReply(error, context('nl'));
    expect(reply.fields.find((f) => f.label === 'Wat nu')?.value).toBe(
      'Probeer het over 3 seconden opnieuw.',
    );
    expect(reply.summary).not.toContain('{api}');
  });

  it.each(CHAT_ERROR_KINDS)('answers the chat error %s in both languages', (kind) => {
    const error = new ChatError({ kind, message: 'usage.missingArgument', params: { name: 'hours' } });
    for (const locale of ['en', 'nl'] as const) {
      const reply = errorReply(error, context(locale));
      expect(reply.title).toBe(createTranslator(locale)(FAILURES[kind].title));
      expect(reply.summary).toContain('`hours`');
      if (reply.kind === 'usage') {
        expect(reply.fields.some((f) => f.label === (locale === 'nl' ? 'Voorbeeld' : 'Example'))).toBe(true);
      }
    }
  });

  it('answers anything else as an internal error carrying the reference', () => {
    const reply = errorReply(new TypeError('x is undefined'), context('en'));
    expect(failureKind(new TypeError('x'))).toBe('internal');
    expect(reply).toMatchObject({ kind: 'error', title: 'Something went wrong' });
    expect(reply.fields[0]?.value).toContain('ABCD2345');
    expect(JSON.stringify(reply)).not.toContain('undefined');
  });
});
