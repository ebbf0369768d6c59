import {
  buildAutocompleteInteraction,
  buildCommandInteraction,
  buildComponentInteraction,
  buildModalSubmitInteraction,
} from '@altum-chat/testkit/discord';
import { describe, expect, it } from 'vitest';
import { fromApiInteraction } from './from-api.ts';
import { toRequester } from './requester.ts';

describe('fromApiInteraction', () => {
  it('flattens subcommand options and marks Manage Server members as admins', () => {
    const event = fromApiInteraction(
      buildCommandInteraction(
        'altum',
        'value',
        { postcode: '1071AA', number: 28 },
        { permissions: 'admin', locale: 'nl' },
      ),
    );
    expect(event).toMatchObject({
      type: 'command',
      command: 'altum',
      subcommand: 'value',
      options: { postcode: '1071AA', number: 28 },
    });
    expect(event && toRequester(event.meta)).toEqual({
      platform: 'discord',
      teamId: '100',
      userId: '200',
      locale: 'nl',
      isAdmin: true,
    });
    const member = fromApiInteraction(
      buildCommandInteraction('altum', 'help', {}, { permissions: 'member' }),
    );
    expect(member && toRequester(member.meta).isAdmin).toBe(false);
  });

  it('reads the focused option, select values and modal fields', () => {
    expect(
      fromApiInteraction(
        buildAutocompleteInteraction('altum', 'value', 'postcode', { postcode: '10', number: 1 }),
      ),
    ).toMatchObject({
      type: 'autocomplete',
      focused: { name: 'postcode', value: '10' },
    });
    expect(fromApiInteraction(buildComponentInteraction('delta:x', ['3']))).toMatchObject({
      type: 'component',
      customId: 'delta:x',
      values: ['3'],
    });
    expect(fromApiInteraction(buildModalSubmitInteraction('altum-key:user', { api_key: 'k' }))).toMatchObject(
      {
        type: 'modal',
        fields: { api_key: 'k' },
      },
    );
  });

  it('uses dm:<user> as the team outside a guild, administered by that user, marked direct', () => {
    const raw = buildCommandInteraction('altum', 'help');
    const { guild_id: _guild, member, ...dm } = raw;
    const event = fromApiInteraction({ ...dm, user: member!.user });
    expect(event && toRequester(event.meta)).toMatchObject({
      teamId: 'dm:200',
      isAdmin: true,
      direct: true,
    });
  });
});
