import { describe, expect, it } from 'vitest';
import { slackCatalogues, slackText } from './slack-messages.ts';

describe('Slack catalogues', () => {
  it('have the same keys and placeholders in nl and en', () => {
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    expect(Object.keys(slackCatalogues.nl).sort()).toEqual(Object.keys(slackCatalogues.en).sort());
    for (const [key, text] of Object.entries(slackCatalogues.en)) {
      expect(placeholders(slackCatalogues.nl[key as keyof typeof slackCatalogues.nl]), key).toEqual(
        placeholders(text),
      );
    }
  });

  it('fills parameters', () => {
    expect(slackText('nl', 'sharedBy', { user: 'U1' })).toBe('Gedeeld door <@U1>');
  });
});
