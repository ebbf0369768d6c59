import type { Reply } from '@altum-chat/chat';
import { hostileText } from '@altum-chat/testkit/hostile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, TextObject } from './block-types.ts';
import { toBlocks } from './to-blocks.ts';

/** Pieces that mean something to Slack, to fences, or to the eye (zero-width, RTL override). */
const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U024BE7LH>',
  '<#C024BE7LR>',
  '<!subteam^S123>',
  '<https://evil.test|click me>',
  '<mailto:a@b.test>',
  '&',
  '&lt;',
  '&amp;lt;!channel&amp;gt;',
  '```',
  '`',
  '\n',
  '\r\n',
  '\u2028',
  '*bold*',
  '_it_',
  '~s~',
  '>quote',
  '[text](https://evil.test)',
  '\u200B',
  '\u202E',
  '\uFEFF',
  '@here',
  '',
  ' ',
];

const hostile = hostileText(HOSTILE);

/** Every text field of a Reply filled with generated strings, the way an Altum answer could fill them. */
const replies = fc.record({
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

type Strings = typeof replies extends fc.Arbitrary<infer T> ? T : never;

function toReply(s: Strings): Reply {
  return {
    kind: 'result',
    title: s.title,
    summary: s.summary,
    fields: [{ label: s.label, value: s.value }],
    tables: [{ title: s.tableTitle, columns: [s.column, TABLE_MARK], rows: [[s.cell, s.value]] }],
    warnings: [s.warning],
    charts: [],
    actions: [
      { type: 'select', id: 'delta:x', placeholder: s.option, options: [{ label: s.option, value: '1' }] },
      { type: 'select', id: 'delta:x', placeholder: 'again', options: [{ label: 'two', value: '2' }] },
    ],
    footer: { source: s.source, reference: 'ABCD1234' },
  };
}

/** Every mrkdwn text of the message: these are the strings Slack parses for mentions and links. */
function mrkdwnTexts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const text = value as TextObject;
      if (text.type === 'mrkdwn' && typeof text.text === 'string') out.push(text.text);
      Object.values(value).forEach(visit);
    }
  };
  visit(blocks);
  return out;
}

/** Slack's control sequences all start with `<`; a bare `&` could start a forged entity. */
function expectInert(text: string): void {
  expect(text).not.toContain('<');
  expect(text).not.toContain('>');
  expect(text.replace(/&(?:amp|lt|gt);/g, '')).not.toContain('&');
  expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
}

const RUNS = 10_000;
/** A column name no generated string contains, to find the table's block. */
const TABLE_MARK = 'TABLECOLUMN';

describe('Slack escaping by construction', () => {
  it(`keeps ${RUNS} adversarial strings in every field from becoming markup, mentions or broken blocks`, {
    timeout: 240_000,
  }, () => {
    fc.assert(
      fc.property(replies, (strings) => {
        const message = toBlocks(toReply(strings), 'en');
        expectInert(message.text);
        for (const text of mrkdwnTexts(message.blocks)) expectInert(text);
        for (const block of message.blocks) {
          if (block.type === 'header') expect(block.text.text.trim()).not.toBe('');
          // A table stays one code block: exactly its own two fences.
          if (block.type === 'section' && block.text?.text.includes(TABLE_MARK)) {
            expect(block.text.text.split('```')).toHaveLength(3);
          }
          if (block.type === 'actions') {
            const ids = block.elements.map((element) => element.action_id);
            expect(new Set(ids).size).toBe(ids.length);
            for (const element of block.elements) {
              if (element.type === 'static_select') {
                expect(element.placeholder.text.trim()).not.toBe('');
                for (const option of element.options) expect(option.text.text.trim()).not.toBe('');
              }
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
