import type { Reply } from '@altum-chat/chat';
import { describe, expect, it } from 'vitest';
import type { Block } from './block-types.ts';
import { SLACK_LIMITS } from './limits.ts';
import { replyActionId } from './reply-parts.ts';
import { totalTextLength } from './text-size.ts';
import { toBlocks } from './to-blocks.ts';

const reply = (overrides: Partial<Reply> = {}): Reply => ({
  kind: 'result',
  title: 'Valuation Keizersgracht 28B, Amsterdam',
  summary: '€ 1.250.000 (€ 1.150.000 – € 1.350.000)',
  fields: [
    { label: 'Value', value: '€ 1.250.000', inline: true },
    { label: 'Confidence', value: '92%', inline: true },
  ],
  tables: [],
  warnings: [],
  charts: [],
  actions: [],
  ...overrides,
});

const allText = (blocks: readonly Block[]): string => JSON.stringify(blocks);

function assertWithinLimits(blocks: readonly Block[]): void {
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  expect(totalTextLength(blocks)).toBeLessThanOrEqual(SLACK_LIMITS.totalText);
  for (const block of blocks) {
    if (block.type === 'section') {
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect(block.fields?.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.fieldsPerSection);
      for (const field of block.fields ?? [])
        expect(field.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
    }
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
  }
}

describe('toBlocks', () => {
  it('renders title, fields and footer with fallback text', () => {
    const message = toBlocks(
      reply({ footer: { source: 'Altum AVM', credits: 1, cacheHit: true, reference: 'r1' } }),
      'en',
    );
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Valuation Keizersgracht 28B, Amsterdam', emoji: true },
    });
    expect(allText(message.blocks)).toContain('€ 1.250.000');
    expect(allText(message.blocks)).toContain('Altum AVM · 1 credit · from cache · ref r1');
    expect(message.text).toContain('Valuation Keizersgracht 28B');
    expect(message.text).toContain('Value: € 1.250.000');
  });

  it('escapes mrkdwn control characters from Altum data', () => {
    const message = toBlocks(reply({ summary: '<!channel> & <http://evil|click>' }), 'en');
    expect(allText(message.blocks)).not.toContain('<!channel>');
    expect(allText(message.blocks)).toContain('&lt;!channel&gt; &amp;');
  });

  it('splits more than 10 fields over several sections and clips long values', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({
      label: `F${i}`,
      value: 'x'.repeat(i === 0 ? 5000 : 10),
    }));
    const message = toBlocks(reply({ fields }), 'nl');
    const sections = message.blocks.filter((b) => b.type === 'section' && b.fields);
    expect(sections.map((s) => (s.type === 'section' ? s.fields?.length : 0))).toEqual([10, 10, 3]);
    assertWithinLimits(message.blocks);
    expect(allText(message.blocks)).toContain('x…');
  });

  it('stays under 50 blocks and 12,000 characters with a visible notice when content is cut', () => {
    const tables = Array.from({ length: 30 }, (_, t) => ({
      title: `Table ${t}`,
      columns: ['Year', 'Value'],
      rows: Array.from({ length: 200 }, (_, r) => [String(2000 + r), `€ ${r * 1000}`]),
    }));
    const warnings = Array.from({ length: 80 }, (_, i) => `Warning ${i}`);
    const message = toBlocks(
      reply({
        tables,
        warnings,
        actions: [{ type: 'button', id: 'more', label: 'More' }],
        footer: { reference: 'r9' },
      }),
      'en',
    );
    assertWithinLimits(message.blocks);
    expect(allText(message.blocks)).toContain('shortened to fit Slack');
    // Actions and footer survive the cut.
    expect(message.blocks.at(-1)).toMatchObject({ type: 'context' });
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(true);
  });

  it('keeps tables inside one section with a visible "…" when rows overflow', () => {
    const table = {
      columns: ['Year', 'Value'],
      rows: Array.from({ length: 400 }, (_, r) => [String(r), 'v'.repeat(20)]),
    };
    const message = toBlocks(reply({ tables: [table] }), 'en');
    const section = message.blocks.find((b) => b.type === 'section' && b.text?.text.startsWith('```'));
    expect(section?.type === 'section' && section.text?.text.length).toBeLessThanOrEqual(
      SLACK_LIMITS.sectionText,
    );
    expect(section?.type === 'section' && section.text?.text).toContain('\n…\n```');
  });

  it('renders charts only when a URL is available', () => {
    const chart = {
      name: 'label-ladder',
      title: 'Label ladder',
      alt: 'C now, A after',
      png: new Uint8Array(),
      width: 600,
      height: 300,
    };
    expect(toBlocks(reply({ charts: [chart] }), 'en').blocks.some((b) => b.type === 'image')).toBe(false);
    const withUrl = toBlocks(reply({ charts: [chart] }), 'en', {
      chartUrl: () => 'https://bot.example/charts/abc.png',
    });
    expect(withUrl.blocks.find((b) => b.type === 'image')).toMatchObject({
      image_url: 'https://bot.example/charts/abc.png',
      alt_text: 'Chart: C now, A after',
    });
  });

  it('routes reply actions by stateless id and keeps action_ids unique', () => {
    const message = toBlocks(
      reply({
        actions: [
          { type: 'button', id: 'usage:week', label: 'This week' },
          { type: 'button', id: 'usage:week', label: 'Again' },
          {
            type: 'select',
            id: 'delta:wall',
            placeholder: 'Wall',
            options: [{ label: 'good', value: '3' }],
            selected: '3',
          },
        ],
      }),
      'en',
    );
    const actions = message.blocks.find((b) => b.type === 'actions');
    const ids = actions?.type === 'actions' ? actions.elements.map((e) => e.action_id) : [];
    expect(new Set(ids).size).toBe(3);
    expect(ids.map(replyActionId)).toEqual(['usage:week', 'usage:week', 'delta:wall']);
    expect(actions?.type === 'actions' && actions.elements[2]).toMatchObject({
      initial_option: { value: '3' },
    });
  });

  it('always sets a fallback text within the limit', () => {
    const message = toBlocks(reply({ title: 'T', summary: 's'.repeat(10_000), fields: [] }), 'en');
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(message.text.endsWith('…')).toBe(true);
  });
});
