import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { NormalizedInteraction } from '../interaction/types.ts';
import { fallbackResponse } from './fallback-response.ts';

const meta = {
  id: '1',
  applicationId: '2',
  token: 'interaction-token',
  guildId: 'G1',
  userId: 'U1',
  locale: 'nl',
  memberPermissions: undefined,
};
const command: NormalizedInteraction = {
  type: 'command',
  meta,
  command: 'altum',
  subcommand: 'value',
  options: {},
};

describe('fallbackResponse', () => {
  it('is chat’s fallback reply, private, in the user’s language, with the log reference', () => {
    const response = fallbackResponse(command, 'AB12CD34', 'en');
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = 'data' in response ? (response.data as { flags?: number; embeds?: unknown[] }) : {};
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    const text = JSON.stringify(data.embeds);
    expect(text).toContain('Er ging iets mis');
    expect(text).toContain('AB12CD34');
  });

  it('falls back to the deployment language when Discord names another', () => {
    const response = fallbackResponse({ ...command, meta: { ...meta, locale: 'de' } }, 'AB12CD34', 'en');
    expect(JSON.stringify(response)).toContain('Something went wrong');
  });
});
