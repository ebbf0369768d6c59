import type { Reply } from '@altum-chat/chat';
import { hostileText } from '@altum-chat/testkit/hostile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDiscordMessage } from './to-discord-message.ts';

const PIECES = [
  '```',
  '`',
  '\n',
  '\r\n',
  '\u2028',
  '<@123>',
  '@everyone',
  '[x](https://evil.test)',
  '\u200B',
  '\u202E',
];
const hostile = hostileText(PIECES, 3);

const RUNS = 10_000;
const MARK = 'TABLECOLUMN';

const reply = (column: string, cells: readonly string[]): Reply => ({
  kind: 'result',
  title: 'Comparable sales',
  fields: [],
  tables: [{ columns: [column, MARK], rows: cells.map((cell) => [cell, cell]) }],
  warnings: [],
  charts: [],
  actions: [],
});

describe('Discord table fences', () => {
  it(`keep ${RUNS} adversarial cells inside one code block`, { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(hostile, fc.array(hostile, { maxLength: 5 }), (column, cells) => {
        const message = toDiscordMessage(reply(column, cells), 'en');
        const table = message.embeds.find((embed) => embed.description?.includes(MARK));
        expect(table?.description?.split('```')).toHaveLength(3);
        expect(table?.description?.startsWith('```\n')).toBe(true);
        expect(table?.description?.endsWith('\n```')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
