import { DEFAULT_DATA_DIR } from '@altum-chat/runtime';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const base = { SLACK_SIGNING_SECRET: 'sign-secret-value', SLACK_BOT_TOKEN: 'xoxb-secret-token-value' };

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('reads the reply origins as a list, and refuses anything but origins', () => {
    expect(loadConfig(base).slack.responseUrlOrigins).toBeUndefined();
    const config = loadConfig({
      ...base,
      SLACK_RESPONSE_URL_ORIGINS: 'http://127.0.0.1, https://hooks.slack.com',
    });
    expect(config.slack.responseUrlOrigins).toEqual(['http://127.0.0.1', 'https://hooks.slack.com']);
    expect(errorOf({ ...base, SLACK_RESPONSE_URL_ORIGINS: 'https://hooks.slack.com/commands' })).toContain(
      'SLACK_RESPONSE_URL_ORIGINS: must be comma-separated origins',
    );
  });

  it('fills defaults for a single-workspace install', () => {
    const config = loadConfig({
      ...base,
      SLACK_API_URL: 'http://127.0.0.1:9/api',
      PUBLIC_URL: 'https://bot.example/',
    });
    expect(config.port).toBe(3000);
    expect(config.defaultLocale).toBe('nl');
    expect(config.slack.oauth).toBeUndefined();
    expect(config.slack.apiUrl).toBe('http://127.0.0.1:9/api/');
    expect(config.publicUrl).toBe('https://bot.example');
    // README (configuration): the default data folder is ./data at the repository root, whatever the working directory.
    expect(config.store.dataDir).toBe(DEFAULT_DATA_DIR);
  });

  it('switches to OAuth when both client credentials are set', () => {
    const config = loadConfig({
      SLACK_SIGNING_SECRET: 's',
      SLACK_CLIENT_ID: 'id',
      SLACK_CLIENT_SECRET: 'cs',
    });
    expect(config.slack.oauth?.clientId).toBe('id');
    expect(config.slack.botToken).toBeUndefined();
  });

  it('refuses Socket Mode together with OAuth', () => {
    expect(
      errorOf({
        SLACK_SIGNING_SECRET: 's',
        SLACK_CLIENT_ID: 'id',
        SLACK_CLIENT_SECRET: 'cs',
        SLACK_APP_TOKEN: 'xapp-1',
      }),
    ).toContain('SLACK_APP_TOKEN');
  });

  it('names the missing signing secret in HTTP mode, and needs none in Socket Mode', () => {
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toContain(
      'SLACK_SIGNING_SECRET: is required in HTTP mode',
    );
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(socket.slack.signingSecret).toBeUndefined();
    expect(socket.slack.appToken).toBe('xapp-1');
  });

  it('reports every problem at once, each with its own reason and a hint, never a value', () => {
    const message = errorOf({
      SLACK_BOT_TOKEN: 'abc-leaked',
      PORT: 'abc',
      SLACK_API_URL: 'not a url leaked',
      LOG_LEVEL: 'loud',
      METRICS_TOKEN: 'short',
    });
    expect(message.split('\n')).toEqual([
      'Invalid Slack app configuration (6 problems):',
      '  SLACK_BOT_TOKEN: must start with xoxb- (Install App → Bot User OAuth Token, xoxb-…)',
      '  SLACK_API_URL: must be an http(s) URL',
      '  PORT: must be a port number from 0 to 65535 (e.g. 3000)',
      '  LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (e.g. info)',
      '  METRICS_TOKEN: must be at least 16 characters (a random bearer token, e.g. openssl rand -hex 24)',
      '  SLACK_SIGNING_SECRET: is required in HTTP mode; Socket Mode (SLACK_APP_TOKEN) needs none (Basic Information → App Credentials → Signing Secret)',
    ]);
    expect(message).not.toContain('leaked');
    expect(message).not.toContain('abc');
    expect(message).not.toContain('loud');
  });

  it('asks for a bot token or OAuth credentials', () => {
    expect(errorOf({ SLACK_SIGNING_SECRET: 's' })).toContain('SLACK_BOT_TOKEN');
    expect(errorOf({ SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: 'id' })).toContain('SLACK_CLIENT_SECRET');
  });

  it('names malformed variables without echoing secret values', () => {
    const message = errorOf({
      ...base,
      SLACK_APP_TOKEN: 'not-an-app-token-SECRET',
      PORT: 'eighty',
      PUBLIC_URL: 'ftp://nope-SECRET',
      DEFAULT_LOCALE: 'de',
    });
    expect(message).toContain('SLACK_APP_TOKEN');
    expect(message).toContain('PORT');
    expect(message).toContain('PUBLIC_URL');
    expect(message).toContain('DEFAULT_LOCALE');
    expect(message).not.toContain('SECRET');
    expect(message).not.toContain('sign-secret-value');
    expect(message).not.toContain('eighty');
  });

  it('refuses an http:// PUBLIC_URL: Slack would reject every reply with a chart', () => {
    expect(errorOf({ ...base, PUBLIC_URL: 'http://bot.example' })).toContain('PUBLIC_URL');
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://bot.example/' }).publicUrl).toBe('https://bot.example');
  });

  it('reads previous master keys for a rotation, and names a malformed list without echoing it', () => {
    const key = (fill: string) => Buffer.alloc(32, fill).toString('base64');
    const config = loadConfig({ ...base, ALTUM_CHAT_PREVIOUS_MASTER_KEYS: ` ${key('a')}, ${key('b')},` });
    expect(config.store.previousMasterKeys).toEqual([key('a'), key('b')]);
    expect(loadConfig(base).store.previousMasterKeys).toEqual([]);
    const message = errorOf({ ...base, ALTUM_CHAT_PREVIOUS_MASTER_KEYS: `${key('a')},not base64 SECRET!` });
    expect(message).toContain('ALTUM_CHAT_PREVIOUS_MASTER_KEYS: must be comma-separated base64 keys');
    expect(message).not.toContain('SECRET');
  });
});
