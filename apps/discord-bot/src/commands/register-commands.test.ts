import { commands } from '@altum-chat/chat';
import { startFakeDiscordRest } from '@altum-chat/testkit/discord';
import { describe, expect, it } from 'vitest';
import { createDiscordRest } from '../create-rest.ts';
import { buildCommandDefinitions } from './build-definitions.ts';
import { registerCommands } from './register-commands.ts';

describe('registerCommands', () => {
  it('bulk-overwrites the guild commands with one PUT carrying the generated definitions', async () => {
    await using discord = await startFakeDiscordRest();
    const rest = createDiscordRest({ token: 'test-bot-token', apiUrl: discord.api });
    const body = buildCommandDefinitions(commands);
    const registered = await registerCommands({ rest, applicationId: '300', guildId: '100', body });
    expect(discord.calls).toHaveLength(1);
    expect(discord.calls[0]).toMatchObject({
      method: 'PUT',
      path: '/applications/300/guilds/100/commands',
      authorized: true,
    });
    expect(discord.calls[0]?.body).toEqual(JSON.parse(JSON.stringify(body)));
    expect(registered.map((c) => c.name)).toEqual(['altum', 'altum-admin', 'Look up address']);
  });

  it('registers globally without --guild', async () => {
    await using discord = await startFakeDiscordRest();
    const rest = createDiscordRest({ token: 'test-bot-token', apiUrl: discord.api });
    await registerCommands({ rest, applicationId: '300', body: buildCommandDefinitions(commands) });
    expect(discord.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['PUT /applications/300/commands']);
  });
});
