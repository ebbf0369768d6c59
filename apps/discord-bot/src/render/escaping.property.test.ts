import type { Reply } from '@altum-chat/chat';
import { hostileText } from '@altum-chat/testkit/hostile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape-markdown.ts';
import { toDiscordMessage } from './to-discord-message.ts';

/** Pieces that mean something to Discord's markdown, to mentions, or to the eye. */
const HOSTILE = [
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '</altum:123>',
  '<t:1700000000:R>',
  '@everyone',
  '@here',
  '[click](https://evil.test)',
  '[x]',
  '(https://evil.test)',
  '**',
  '*',
  '__',
  '_',
  '~~',
  '||',
  '```',
  '`',
  '\\',
  '# ',
  '## ',
  '-# ',
  '> ',
  '>>> ',
  '- ',
  '+ ',
  '1. ',
  '\n',
  '\r\n',
  '\u2028',
  '\u200B',
  '\u202E',
  '\u2066',
  '\uFEFF',
  ' ',
  '',
];

const hostile = hostileText(HOSTILE, 3);

const strings = fc.record({
  title: hostile,
  summary: hostile,
  label: hostile,
  value: hostile,
  tableTitle: hostile,
  column: hostile,
  cell: hostile,
  warning: hostile,
  chartTitle: hostile,
  option: hostile,
  source: hostile,
});
type Strings = typeof strings extends fc.Arbitrary<infer T> ? T : never;

const MARK = 'TABLECOLUMN';

function toReply(s: Strings): Reply {
  return {
    kind: 'result',
    title: s.title,
    summary: s.summary,
    fields: [
      { label: s.label, value: s.value },
      { label: s.value, value: s.label, inline: true },
    ],
    tables: [{ title: s.tableTitle, columns: [s.column, MARK], rows: [[s.cell, s.value]] }],
    warnings: [s.warning],
    charts: [{ name: 'c', title: s.chartTitle, alt: s.option, png: new Uint8Array(1), width: 1, height: 1 }],
    actions: [
      { type: 'select', id: 'delta:x', placeholder: s.option, options: [{ label: s.option, value: '1' }] },
      { type: 'select', id: 'delta:x', placeholder: 'again', options: [{ label: 'two', value: '2' }] },
      { type: 'button', id: 'usage:week', label: s.option },
      { type: 'button', id: 'usage:week', label: 'again' },
    ],
    footer: { source: s.source, reference: 'ABCD1234' },
  };
}

/** Characters Discord escapes with a backslash; `\x` for any of them is shown as `x`. */
const ESCAPABLE = /[^0-9A-Za-z\s]/;
/** Outside code spans and escapes, none of these may reach Discord's parser. */
const ACTIVE = new Set(['*', '_', '~', '|', '<', '>', '[', ']', '`', '\\']);

/**
 * A reader of Discord markdown's dangerous parts: walks the text as Discord's parser would (escape,
 * inline code, then the rest) and fails on anything that would start formatting, a link or a mention.
 */
function expectInert(text: string): void {
  const lines = text.split('\n');
  for (const line of lines) {
    // Block syntax only counts at the start of a line.
    expect(line).not.toMatch(/^[ \t]*(#{1,3} |-# |> |>>> |[-+*] |\d+\. )/);
  }
  // Inside a code span a mention is shown literally; outside it must not read as one.
  expect(text.replace(/`[^`\n\r\u2028\u2029]+`/g, '')).not.toMatch(/@(everyone|here)/i);
  expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1] as string)) {
      i += 1;
      continue;
    }
    if (ch === '`') {
      const close = text.indexOf('`', i + 1);
      // A kept code span: closed on the same line, nothing inside can render.
      if (close > i + 1 && !/[\n\r\u2028\u2029]/.test(text.slice(i + 1, close))) {
        i = close;
        continue;
      }
    }
    // A trailing backslash before the clamp's "…" is shown as is.
    if (ch === '\\' && i === text.length - 1) continue;
    expect(ACTIVE.has(ch), `active ${JSON.stringify(ch)} at ${i} in ${JSON.stringify(text)}`).toBe(false);
  }
}

const RUNS = 10_000;

describe('Discord escaping by construction', () => {
  it(`keeps ${RUNS} adversarial strings in every field from becoming markup or mentions`, {
    timeout: 240_000,
  }, () => {
    fc.assert(
      fc.property(strings, (s) => {
        const message = toDiscordMessage(toReply(s), 'en');
        for (const embed of message.embeds) {
          if (embed.title !== undefined) {
            expect(embed.title.trim()).not.toBe('');
            expectInert(embed.title);
          }
          // The table embed is one code block (its own test keeps the fence closed).
          if (embed.description !== undefined && !embed.description.includes(MARK))
            expectInert(embed.description);
          for (const field of embed.fields ?? []) {
            expect(field.name.trim()).not.toBe('');
            expect(field.value.trim()).not.toBe('');
            expectInert(field.name);
            expectInert(field.value);
          }
        }
        const ids = message.components.flatMap((row) =>
          row.components.map((component) => ('custom_id' in component ? component.custom_id : '')),
        );
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('shows escaped text as the same characters and keeps our code spans', () => {
    expect(escapeMarkdown('Type `help` to see every command.')).toBe('Type `help` to see every command.');
    expect(escapeMarkdown('[click](https://evil.test)')).toBe('\\[click\\](https://evil.test)');
    expect(escapeMarkdown('<@123> and @everyone')).toBe('\\<@123\\> and @\u200beveryone');
    expect(escapeMarkdown('# Heading\n1. item\n- dash')).toBe('\\# Heading\n1\\. item\n\\- dash');
    expect(escapeMarkdown('Bij **ons** ||spoiler||')).toBe('Bij \\*\\*ons\\*\\* \\|\\|spoiler\\|\\|');
    expect(escapeMarkdown('€ 612.000 \u202Eevil')).toBe('€ 612.000 evil');
  });
});
