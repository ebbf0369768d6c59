import { DEFAULT_DATA_DIR } from '@altum-chat/runtime';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadRegisterConfig } from './config.ts';

const publicKey = 'ab'.repeat(32);
const base = { DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_TOKEN: 'Bot.token.SECRET-VALUE' };

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to gateway mode with Dutch replies and port 3001', () => {
    const config = loadConfig(base);
    expect(config.discord).toMatchObject({
      mode: 'gateway',
      applicationId: '123456789012345678',
      apiUrl: undefined,
    });
    expect(config).toMatchObject({ port: 3001, defaultLocale: 'nl', logLevel: 'info' });
    // README (configuration): the default data folder is ./data at the repository root, whatever the working directory.
    expect(config.store.dataDir).toBe(DEFAULT_DATA_DIR);
  });

  it('needs the public key, not the token, in http mode', () => {
    const config = loadConfig({
      DISCORD_APPLICATION_ID: '1',
      DISCORD_MODE: 'http',
      DISCORD_PUBLIC_KEY: publicKey.toUpperCase(),
      DISCORD_API_URL: 'http://127.0.0.1:9/api/',
      PORT: '8080',
    });
    expect(config.discord).toMatchObject({
      mode: 'http',
      publicKey,
      apiUrl: 'http://127.0.0.1:9/api',
      token: undefined,
    });
    expect(config.port).toBe(8080);
    expect(
      errorOf(() => loadConfig({ DISCORD_APPLICATION_ID: '1', DISCORD_MODE: 'http' })).message,
    ).toContain('DISCORD_PUBLIC_KEY: is required in http mode');
  });

  it('names each missing or malformed variable without printing secret values', () => {
    const error = errorOf(() =>
      loadConfig({
        DISCORD_TOKEN: 'Bot.token.SECRET-VALUE',
        DISCORD_MODE: 'websocket',
        DISCORD_PUBLIC_KEY: 'SECRET-not-hex',
        ALTUM_BASE_URL: 'ftp://SECRET-host',
        PORT: 'eighty',
        DEFAULT_LOCALE: 'de',
      }),
    );
    for (const name of [
      'DISCORD_APPLICATION_ID',
      'DISCORD_MODE',
      'DISCORD_PUBLIC_KEY',
      'ALTUM_BASE_URL',
      'PORT',
      'DEFAULT_LOCALE',
    ]) {
      expect(error.message).toContain(name);
    }
    expect(error.message).not.toContain('SECRET');
  });

  it('reads previous master keys for a rotation, comma-separated, without echoing them', () => {
    expect(loadConfig(base).store.previousMasterKeys).toEqual([]);
    const keys = loadConfig({ ...base, ALTUM_CHAT_PREVIOUS_MASTER_KEYS: ' a2V5MQ==, ,a2V5Mg== ' });
    expect(keys.store.previousMasterKeys).toEqual(['a2V5MQ==', 'a2V5Mg==']);
    const error = errorOf(() =>
      loadConfig({ ...base, ALTUM_CHAT_PREVIOUS_MASTER_KEYS: 'a2V5MQ==,SECRET not base64!' }),
    );
    expect(error.message).toContain('ALTUM_CHAT_PREVIOUS_MASTER_KEYS: must be comma-separated base64 keys');
    expect(error.message).not.toContain('SECRET');
  });

  it('reports every problem at once with the right reason and a hint', () => {
    const error = errorOf(() => loadConfig({ PORT: 'abc', DISCORD_PUBLIC_KEY: 'SECRET' }));
    expect(error.message.split('\n')).toEqual([
      'Invalid Discord bot configuration (4 problems):',
      '  DISCORD_APPLICATION_ID: is required (General Information → Application ID)',
      '  DISCORD_PUBLIC_KEY: must be 64 hex characters (General Information → Public Key)',
      '  PORT: must be a port number from 0 to 65535 (e.g. 3001)',
      '  DISCORD_TOKEN: is required in gateway mode (Bot → Reset Token)',
    ]);
    expect(error.problems.map((p) => p.name)).toContain('DISCORD_TOKEN');
  });

  it('reads the gateway shard count and the shard ids this process runs', () => {
    expect(loadConfig(base).discord).toMatchObject({ shardCount: undefined, shardIds: undefined });
    expect(
      loadConfig({ ...base, DISCORD_SHARD_COUNT: '8', DISCORD_SHARD_IDS: '0-2,5,2' }).discord,
    ).toMatchObject({
      shardCount: 8,
      shardIds: [0, 1, 2, 5],
    });
    expect(loadConfig({ ...base, DISCORD_SHARD_COUNT: '2' }).discord.shardIds).toBeUndefined();
  });

  it('refuses shard ids without a count, past the count, or not a list', () => {
    const message = (env: Record<string, string>) => errorOf(() => loadConfig({ ...base, ...env })).message;
    expect(message({ DISCORD_SHARD_IDS: '0' })).toContain(
      'DISCORD_SHARD_COUNT: is required with DISCORD_SHARD_IDS',
    );
    expect(message({ DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '1-2' })).toContain(
      'DISCORD_SHARD_IDS: must be ids from 0 to DISCORD_SHARD_COUNT - 1',
    );
    expect(message({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '3-1' })).toContain(
      'DISCORD_SHARD_IDS: must be ids',
    );
    expect(message({ DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: 'all' })).toContain(
      'DISCORD_SHARD_IDS: must be shard ids such as 0,1 or 0-3',
    );
    expect(message({ DISCORD_SHARD_COUNT: '0' })).toContain('DISCORD_SHARD_COUNT: is out of range');
  });

  it('requires the token for registration in any mode', () => {
    expect(loadRegisterConfig(base)).toEqual({
      token: base.DISCORD_TOKEN,
      applicationId: base.DISCORD_APPLICATION_ID,
      apiUrl: undefined,
    });
    const error = errorOf(() => loadRegisterConfig({ DISCORD_APPLICATION_ID: '1', DISCORD_MODE: 'http' }));
    expect(error.message).toContain('DISCORD_TOKEN');
  });
});
