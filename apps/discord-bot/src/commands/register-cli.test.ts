import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { commands } from '@altum-chat/chat';
import { startFakeDiscordRest } from '@altum-chat/testkit/discord';
import { describe, expect, it } from 'vitest';
import { createDiscordRest } from '../create-rest.ts';
import { describeDiscordFailure } from '../discord-failure.ts';
import { buildCommandDefinitions } from './build-definitions.ts';
import { parseRegisterArgs, UsageError } from './register-cli.ts';
import { registerCommands } from './register-commands.ts';

const TOKEN = 'MTAxMDEwMTAxMDEwMTAxMDEw.GxYzAb.RegisterCliTokenValue012345';

describe('register arguments', () => {
  it('reads --guild in both spellings, and none for a global registration', () => {
    expect(parseRegisterArgs(['--guild', '123'])).toEqual({ guildId: '123' });
    expect(parseRegisterArgs(['--guild=456'])).toEqual({ guildId: '456' });
    expect(parseRegisterArgs([])).toEqual({ guildId: undefined });
  });

  it('refuses an unknown flag, a stray word and a non-numeric server id', () => {
    expect(() => parseRegisterArgs(['--guil', '5'])).toThrow(UsageError);
    expect(() => parseRegisterArgs(['--guil', '5'])).toThrow(/--guil/);
    expect(() => parseRegisterArgs(['5'])).toThrow(UsageError);
    expect(() => parseRegisterArgs(['--guild', 'my-server'])).toThrow(/numeric server id/);
    expect(() => parseRegisterArgs(['--guild'])).toThrow(UsageError);
  });

  it('`register --guil 5` exits 2 without calling Discord at all', async () => {
    await using discord = await startFakeDiscordRest();
    const script = new URL('../register.ts', import.meta.url).pathname;
    const tsx = new URL('../../../../node_modules/.bin/tsx', import.meta.url).pathname;
    const failure = await promisify(execFile)(tsx, [script, '--guil', '5'], {
      env: {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: '300',
        DISCORD_API_URL: discord.api,
      },
    }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain("'--guil'");
    expect(failure?.stderr).toContain('usage: register [--guild <server id>]');
    expect(discord.calls).toHaveLength(0);
  }, 30_000);
});

describe('describeDiscordFailure', () => {
  it("names the HTTP status and Discord's code and message, never the token", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Missing Access', code: 50001 }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
      const rest = createDiscordRest({ token: TOKEN, apiUrl: api });
      const error = await registerCommands({
        rest,
        applicationId: '300',
        guildId: '100',
        body: buildCommandDefinitions(commands),
      }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      const text = describeDiscordFailure(error);
      expect(text).toBe('HTTP 403, Discord code 50001: Missing Access');
      expect(text).not.toContain(TOKEN);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('says which connection failed instead of a bare TypeError', () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
    });
    expect(describeDiscordFailure(refused)).toBe('TypeError (ECONNREFUSED)');
  });
});
