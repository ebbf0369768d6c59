import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOOKUP_SHORTCUT } from './adapter/address-listeners.ts';
import { BOT_SCOPES } from './create-slack-app.ts';
import { HANDLED_EVENTS } from './http/check-slack-body.ts';
import { EVENTS_PATH } from './http/create-http-server.ts';

const manifest = readFileSync(new URL('../manifest.yml', import.meta.url), 'utf8');

describe('manifest.yml', () => {
  it('asks for exactly the bot scopes the OAuth installer requests', () => {
    const bot = /bot:\n((?:\s+- .+\n)+)/.exec(manifest)?.[1] ?? '';
    const scopes = [...bot.matchAll(/- (\S+)/g)].map((m) => m[1]);
    expect(scopes).toEqual([...BOT_SCOPES]);
  });

  it('sends commands, interactivity and events to the one signed endpoint', () => {
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => m[1]);
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url).toBe(`https://YOUR-HOST${EVENTS_PATH}`);
    expect(manifest).toContain('https://YOUR-HOST/slack/oauth_redirect');
    expect(manifest).toContain('command: /altum');
    expect(manifest).toContain('- app_home_opened');
    expect(manifest).toContain('home_tab_enabled: true');
  });

  it('unfurls the listing domains and declares the "Look up address" message shortcut', () => {
    const domains = /unfurl_domains:\n((?:\s+- .+\n)+)/.exec(manifest)?.[1] ?? '';
    expect([...domains.matchAll(/- (\S+)/g)].map((m) => m[1])).toEqual([
      'funda.nl',
      'pararius.nl',
      'jaap.nl',
      'huispedia.nl',
    ]);
    expect(manifest).toContain('- link_shared');
    expect(HANDLED_EVENTS.has('link_shared')).toBe(true);
    expect(manifest).toContain('type: message');
    expect(manifest).toContain(`callback_id: ${LOOKUP_SHORTCUT}`);
    expect(BOT_SCOPES).toEqual(expect.arrayContaining(['links:read', 'links:write']));
  });
});
