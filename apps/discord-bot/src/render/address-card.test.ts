import { addressCard, addressPicker } from '@altum-chat/chat';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape-markdown.ts';
import { toDiscordMessage } from './to-discord-message.ts';

/** PDOK's address line is not our text: a street name with markup must show as typed, not format. */
const odd = {
  postcode: '1012LG',
  housenumber: 1,
  label: '**Damrak** _1_ ~~x~~ `y`, 1012LG [Amsterdam](https://evil.example)',
  source: 'pdok',
} as const;

describe('the address card on Discord', () => {
  it('escapes PDOK text in the title through the renderer’s one escaping place', () => {
    const message = toDiscordMessage(addressCard(odd, 'en'), 'en');
    expect(message.embeds[0]?.title).toBe(escapeMarkdown(odd.label));
    expect(message.embeds[0]?.title).not.toContain('**Damrak**');
  });

  it('renders the offers as buttons and the picker as menus with the command texts as values', () => {
    const card = toDiscordMessage(addressCard(odd, 'nl'), 'nl');
    const buttons = card.components.flatMap((row) => row.components);
    expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'run:value 1012LG 1',
      'run:label 1012LG 1',
    ]);
    const picker = toDiscordMessage(addressPicker([odd, { ...odd, housenumber: 2 }], 'en'), 'en');
    const menus = picker.components.flatMap((row) => row.components);
    expect(menus).toHaveLength(2);
    expect(menus[0]).toMatchObject({
      custom_id: 'run:value',
      options: [
        { label: odd.label, value: 'value 1012LG 1' },
        { label: odd.label, value: 'value 1012LG 2' },
      ],
    });
  });
});
