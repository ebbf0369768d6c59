import { describe, expect, it } from 'vitest';
import { toPlainText } from './plain-text.ts';
import type { Reply } from './reply.ts';

const reply = (text: string): Reply => ({
  kind: 'result',
  title: text,
  summary: text,
  fields: [{ label: text, value: text }],
  tables: [{ columns: [text], rows: [[text]] }],
  warnings: [text],
  charts: [],
  actions: [],
});

describe('plain text for the terminal', () => {
  it('shows control characters and bidi overrides from any field as U+FFFD', () => {
    const hostile = 'a\u001b[2J\u001b]0;owned\u0007b\u009bc\u202Ed\rE';
    const text = toPlainText(reply(hostile));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('a\ufffd[2J\ufffd]0;owned\ufffdb\ufffdc\ufffdd\ufffdE');
  });

  it('keeps newlines and tabs', () => {
    expect(toPlainText(reply('one\ttwo'))).toContain('one\ttwo');
    expect(toPlainText({ ...reply('x'), summary: 'line 1\nline 2' })).toContain('line 1\nline 2');
  });
});
