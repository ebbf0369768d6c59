import { createTranslator, defaultRegistry, errorReply } from '@altum-chat/chat';
import { AltumError } from '@altum-chat/core';
import { DOCUMENTED_ERROR_SAMPLES } from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { toBlocks } from './to-blocks.ts';

const needsInput = new AltumError(DOCUMENTED_ERROR_SAMPLES.needsInput);
const later = new AltumError(DOCUMENTED_ERROR_SAMPLES.later);

function render(error: AltumError, locale: 'en' | 'nl') {
  const reply = errorReply(error, {
    t: createTranslator(locale),
    locale,
    reference: 'REF12345',
    command: defaultRegistry.get('label'),
  });
  return JSON.stringify(toBlocks(reply, locale).blocks);
}

describe('Slack blocks for documented Altum messages', () => {
  it.each([
    ['en', 'Altum needs one more detail', 'label 1071AA 28B house_type=1'],
    ['nl', 'Altum heeft nog één gegeven nodig', 'label 1071AA 28B house_type=1'],
  ] as const)(
    'needs_input (%s): title, the argument to add and a working example',
    (locale, title, example) => {
      const text = render(needsInput, locale);
      expect(text).toContain(title);
      expect(text).toContain('house_type=…');
      expect(text).toContain(example);
      expect(text).toContain('Use house_type parameter instead.');
    },
  );

  it.each([
    ['en', 'Altum cannot answer right now', 'No credit was counted'],
    ['nl', 'Altum kan nu geen antwoord geven', 'geen credit geteld'],
  ] as const)(
    'temporarily_unavailable (%s): try again later, Altum’s words escaped',
    (locale, title, credit) => {
      const text = render(later, locale);
      expect(text).toContain(title);
      expect(text).toContain(credit);
      expect(text).toContain('&lt;insights&gt;');
      expect(text).not.toContain('<insights>');
    },
  );
});
