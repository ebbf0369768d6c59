import type { Reply } from '@altum-chat/chat';
import { describe, expect, it } from 'vitest';
import { clampText, DISCORD_LIMITS } from './limits.ts';
import { embedCharacters, toDiscordMessage } from './to-discord-message.ts';

function reply(overrides: Partial<Reply> = {}): Reply {
  return {
    kind: 'result',
    title: 'Keizersgracht 1',
    fields: [],
    tables: [],
    warnings: [],
    charts: [],
    actions: [],
    ...overrides,
  };
}

const png = new Uint8Array([137, 80, 78, 71]);

describe('toDiscordMessage', () => {
  it('renders title, badge, summary, warnings, fields and a localised footer', () => {
    const message = toDiscordMessage(
      reply({
        summary: 'Model value',
        badge: { current: 'C', potential: 'A' },
        warnings: ['Apartment: estimate'],
        fields: [{ label: 'Value', value: '€ 450.000', inline: true }],
        footer: {
          source: 'Altum AVM',
          credits: 1,
          cacheHit: true,
          keyScope: 'personal key …WXYZ',
          reference: 'r1',
        },
      }),
      'nl',
    );
    expect(message.embeds).toEqual([
      {
        title: 'Keizersgracht 1',
        color: 0x1f6feb,
        description: '🏷️ **C** → **A**\n\nModel value\n\n⚠️ Apartment: estimate',
        fields: [{ name: 'Value', value: '€ 450.000', inline: true }],
        footer: { text: 'Altum AVM · 1 credit · uit cache · personal key …WXYZ · ref r1' },
      },
    ]);
    expect(message.files).toEqual([]);
    expect(message.components).toEqual([]);
  });

  it('clamps every piece to its own limit with a visible ellipsis', () => {
    const message = toDiscordMessage(
      reply({
        title: 't'.repeat(300),
        summary: 's'.repeat(5000),
        fields: [{ label: 'n'.repeat(300), value: 'v'.repeat(2000) }],
      }),
      'en',
    );
    const [main] = message.embeds;
    expect(main?.title).toHaveLength(DISCORD_LIMITS.title);
    expect(main?.title?.endsWith('…')).toBe(true);
    expect(main?.description).toHaveLength(DISCORD_LIMITS.description);
    expect(main?.fields?.[0]?.name).toHaveLength(DISCORD_LIMITS.fieldName);
    expect(main?.fields?.[0]?.value.endsWith('…')).toBe(true);
    expect(embedCharacters(message.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  });

  it('keeps 25 fields at most and says how many were left out', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ label: `f${i}`, value: `${i}` }));
    const message = toDiscordMessage(reply({ fields }), 'en');
    const rendered = message.embeds[0]?.fields ?? [];
    expect(rendered).toHaveLength(DISCORD_LIMITS.fields);
    expect(rendered.at(-1)).toEqual({ name: '…', value: '+16' });
  });

  it('stays within 6,000 characters and 10 embeds however large the reply', () => {
    const big = reply({
      summary: 'x'.repeat(4000),
      fields: Array.from({ length: 25 }, (_, i) => ({ label: `field ${i}`, value: 'y'.repeat(1024) })),
      tables: Array.from({ length: 8 }, (_, i) => ({
        title: `table ${i}`,
        columns: ['a', 'b'],
        rows: Array.from({ length: 200 }, (_, r) => [`row ${r}`, 'z'.repeat(20)]),
      })),
      charts: Array.from({ length: 6 }, (_, i) => ({
        name: `chart ${i}`,
        title: `Chart ${i}`,
        alt: 'alt',
        png,
        width: 1,
        height: 1,
      })),
    });
    const message = toDiscordMessage(big, 'en');
    expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
    expect(embedCharacters(message.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    // Every chart keeps its image; tables that did not fit are counted in the main description.
    expect(message.files).toHaveLength(6);
    expect(message.embeds.filter((e) => e.image)).toHaveLength(6);
    expect(message.embeds[0]?.description).toMatch(/…/);
    expect(message.embeds[0]?.fields?.at(-1)?.name).toBe('…');
  });

  it('renders tables as monospace blocks and cuts long ones with a row count', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`2020-${i}`, `€ ${i}`]);
    const message = toDiscordMessage(
      reply({ tables: [{ title: 'History', columns: ['Date', 'Price'], rows }] }),
      'en',
    );
    const table = message.embeds[1];
    expect(table?.title).toBe('History');
    expect(table?.description?.startsWith('```\nDate')).toBe(true);
    expect(table?.description?.endsWith('```')).toBe(true);
    expect(table?.description).toMatch(/… \+\d+\n```$/);
    expect(table?.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
  });

  it('attaches charts as files referenced by attachment:// with alt text', () => {
    const message = toDiscordMessage(
      reply({
        charts: [
          {
            name: 'label ladder',
            title: 'Label ladder',
            alt: 'C now, A after',
            png,
            width: 800,
            height: 400,
          },
        ],
      }),
      'en',
    );
    expect(message.files).toEqual([{ name: '0-label-ladder.png', data: png, description: 'C now, A after' }]);
    expect(message.embeds[1]).toMatchObject({
      title: 'Label ladder',
      image: { url: 'attachment://0-label-ladder.png' },
    });
  });

  it('turns actions into rows of ≤5 buttons and selects, dropping ids over 100 characters', () => {
    const buttons = Array.from({ length: 7 }, (_, i) => ({
      type: 'button' as const,
      id: `delta:b${i}`,
      label: `B${i}`,
    }));
    const message = toDiscordMessage(
      reply({
        actions: [
          ...buttons,
          { type: 'button', id: 'x'.repeat(101), label: 'too long' },
          {
            type: 'select',
            id: 'delta:wall',
            placeholder: 'Wall insulation',
            options: [
              { label: 'good', value: '3' },
              { label: 'very good', value: '4' },
            ],
            selected: '4',
          },
        ],
      }),
      'en',
    );
    expect(message.components.map((row) => row.components.length)).toEqual([5, 2, 1]);
    expect(JSON.stringify(message.components)).not.toContain('too long');
    expect(message.components[2]?.components[0]).toMatchObject({
      type: 3,
      custom_id: 'delta:wall',
      options: [
        { label: 'good', value: '3' },
        { label: 'very good', value: '4', default: true },
      ],
    });
  });
});

describe('clampText', () => {
  it('does not split a surrogate pair', () => {
    expect(clampText('ab🏠cd', 4)).toBe('ab…');
    expect(clampText('short', 10)).toBe('short');
  });
});
