import { createTranslator, defaultRegistry, errorReply } from '@altum-chat/chat';
import { AltumError } from '@altum-chat/core';
import { DOCUMENTED_ERROR_SAMPLES } from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape-markdown.ts';
import { toDiscordMessage } from './to-discord-message.ts';

const needsInput = new AltumError(DOCUMENTED_ERROR_SAMPLES.needsInput);
const later = new AltumError(DOCUMENTED_ERROR_SAMPLES.later);

function render(error: AltumError, locale: 'en' | 'nl') {
  const reply = errorReply(error, {
    t: createTranslator(locale),
    locale,
    reference: 'REF12345',
    command: defaultRegistry.get('label'),
  });
  return JSON.stringify(toDiscordMessage(reply, locale));
}

describe('Discord embeds for documented Altum messages', () => {
  it.each([
    ['en', 'Altum needs one more detail'],
    ['nl', 'Altum heeft nog één gegeven nodig'],
  ] as const)('needs_input (%s): title, the argument to add and a working example', (locale, title) => {
    const text = render(needsInput, locale);
    expect(text).toContain(title);
    expect(text).toContain('house_type=…');
    expect(text).toContain('label 1071AA 28B house_type=1');
    // Altum's own words, escaped for Discord: shown as "house_type", never parsed as italics.
    expect(text).toContain(JSON.stringify(escapeMarkdown('Use house_type parameter instead.')).slice(1, -1));
  });

  it.each([
    ['en', 'Altum cannot answer right now', 'No credit was counted'],
    ['nl', 'Altum kan nu geen antwoord geven', 'geen credit geteld'],
  ] as const)('temporarily_unavailable (%s): try again later, no credit', (locale, title, credit) => {
    const text = render(later, locale);
    expect(text).toContain(title);
    expect(text).toContain(credit);
    expect(text).toContain('We are not able to provide');
  });
});
