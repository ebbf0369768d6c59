import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../test/backends.ts';

const SECRETS = [
  'altum-user-key-7d1e2f3a4b5c6d7e-WXYZ',
  'altum-team-key-0f9e8d7c6b5a4f3e-ABCD',
  'xoxb-1234567890-0987654321-BotTokenSecret',
  'xoxp-1234567890-UserTokenSecret',
  'https://hooks.slack.com/services/T1/B1/WebhookSecret',
];

/** Every form a careless implementation might store a secret in. */
function forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [secret, bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex')];
}

function findLeaks(haystack: string): string[] {
  return SECRETS.flatMap((secret) => forms(secret).filter((form) => haystack.includes(form)));
}

describeEachBackend('secrets at rest', (backend) => {
  it('stores no plaintext key or token, nor its base64 or hex', async () => {
    const options = backend.freshOptions();
    const store = await backend.open(options);
    const user = { platform: 'slack', teamId: 'T1', userId: 'UALICE' };
    await store.keys.setUserKey(user, SECRETS[0]!);
    await store.keys.setTeamKey(user, SECRETS[1]!, 'UADMIN');
    await store.slackInstallations.storeInstallation({
      team: { id: 'T1' },
      enterprise: undefined,
      user: { token: SECRETS[3], id: 'UADMIN' },
      bot: { token: SECRETS[2], scopes: ['commands'], id: 'B1', userId: 'UBOT' },
      incomingWebhook: { url: SECRETS[4] },
    } as never);
    expect(await store.keys.getUserKey(user)).toBe(SECRETS[0]);

    let haystack: string;
    if (backend.dialect === 'sqlite') {
      // Read while the store is open, so the -wal file still holds the fresh pages.
      const files = readdirSync(options.dataDir).filter((name) => name.startsWith('altum-chat.sqlite'));
      expect(files).toContain('altum-chat.sqlite-wal');
      haystack = files.map((name) => readFileSync(join(options.dataDir, name)).toString('latin1')).join('\n');
    } else {
      const columns = await backend.sql(
        options,
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = ? AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')`,
        [options.postgresSchema],
      );
      expect(columns.length).toBeGreaterThan(10);
      const values: string[] = [];
      for (const { table_name, column_name } of columns) {
        const rows = await backend.sql(
          options,
          `SELECT ${String(column_name)} AS v FROM ${String(table_name)}`,
        );
        for (const row of rows)
          values.push(Buffer.isBuffer(row.v) ? row.v.toString('latin1') : String(row.v));
      }
      haystack = values.join('\n');
    }
    // The scan sees the stored rows (so it can find a leak), and finds none.
    expect(haystack).toContain('UALICE');
    expect(haystack).toContain('UADMIN');
    expect(findLeaks(haystack)).toEqual([]);
  });
});
