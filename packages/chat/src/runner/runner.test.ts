import { describe, expect, it } from 'vitest';
import { admin, alice, bram, createHarness } from '../../test/runner-harness.ts';

const text = (t: string) => ({ kind: 'text', text: t }) as const;

describe('chat runner', () => {
  it('answers a data command with a footer: credits, key scope, reference', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const reply = await h.runner.run(alice, text('value 1071AA 28B'));
    expect(reply.kind).toBe('result');
    expect(h.fake.countFor('avm')).toBe(1);
    expect(reply.footer?.reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(reply.footer?.keyScope).toMatch(/^shared key …/);
    expect(reply.footer?.credits).toBe(1);
    const line = h.logger.lines.find((l) => l.msg === 'chat command');
    expect(line?.obj).toMatchObject({
      ref: reply.footer?.reference,
      command: 'value',
      outcome: 'ok',
      calls: 1,
    });
    const usage = await h.store.usage.summarizeUsage({ platform: 'slack', teamId: 'T1', since: new Date(0) });
    expect(usage.byCommand).toEqual([expect.objectContaining({ command: 'value', calls: 1 })]);
  });

  it('explains how to link a key when there is none, in the user’s language', async () => {
    await using h = await createHarness();
    const en = await h.runner.run(alice, text('value 1071AA 28B'));
    expect(en).toMatchObject({ kind: 'error', title: 'No API key linked', private: true });
    expect(JSON.stringify(en.fields)).toContain('key login');
    const nl = await h.runner.run(bram, text('waarde 1071AA 28B'));
    expect(nl.title).toBe('Geen API-sleutel gekoppeld');
    expect(JSON.stringify(nl.fields)).toContain('sleutel login');
    expect(h.fake.requests).toHaveLength(0);
  });

  it('refuses an over-budget call before Altum is called', async () => {
    await using h = await createHarness({ deploymentKey: true });
    await h.store.budgets.setBudget(alice, { userDailyCredits: 1 });
    expect((await h.runner.run(alice, text('value 1071AA 28B'))).kind).toBe('result');
    const before = h.fake.requests.length;
    const refused = await h.runner.run(alice, text('value 1071AA 28B'));
    expect(refused).toMatchObject({ kind: 'error', title: 'Budget reached' });
    expect(refused.summary).toContain('1 credits');
    expect(h.fake.requests.length).toBe(before);
    const rows = await h.store.usage.listUsage({ platform: 'slack', teamId: 'T1', since: new Date(0) });
    // Both rows can carry the same millisecond, so their order is not defined: match by outcome.
    expect(rows.map((row) => [row.outcome, row.credits]).sort()).toEqual([
      ['budget_refused', 0],
      ['ok', 1],
    ]);
  });

  it('uses the language setting before the platform locale', async () => {
    await using h = await createHarness();
    await h.store.settings.setUserSettings(bram, { language: 'en' });
    expect((await h.runner.run(bram, text('hulp'))).title).toBe('Altum commands');
    expect((await h.runner.run({ ...bram, userId: 'other' }, text('hulp'))).title).toBe('Altum-commando’s');
  });

  it('turns Altum errors into one reply with what to do and a reference', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const notFound = await h.runner.run(alice, text('value 9999ZZ 1'));
    expect(notFound).toMatchObject({ kind: 'error', title: 'Address not found' });
    expect(notFound.fields.map((f) => f.label)).toEqual(['What to do', 'Example']);
    h.fake.inject({ operationId: 'avm', status: 500 });
    const upstream = await h.runner.run(bram, text('waarde 1071AA 28B'));
    expect(upstream).toMatchObject({ kind: 'error', title: 'Altum had een probleem' });
    const ref = upstream.footer?.reference;
    expect(h.logger.lines.some((l) => (l.obj as { ref?: string }).ref === ref && l.level === 'warn')).toBe(
      true,
    );
  });

  it('answers an unexpected exception with a generic reply and logs the stack, never the key', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const broken = {
      ...h.store,
      usage: {
        ...h.store.usage,
        summarizeUsage: () => Promise.reject(new Error(`boom with ${h.fake.apiKey}`)),
      },
    };
    const { createChatRunner } = await import('./create-chat-runner.ts');
    const runner = createChatRunner({
      client: h.client,
      store: broken,
      logger: h.logger,
      deploymentKey: h.fake.apiKey,
    });
    const reply = await runner.run(alice, text('usage'));
    expect(reply).toMatchObject({ kind: 'error', title: 'Something went wrong' });
    expect(reply.fields[0]?.value).toContain(reply.footer?.reference ?? 'missing');
    const line = h.logger.lines.find((l) => l.level === 'error');
    expect(JSON.stringify(line)).toContain('stack');
    expect(h.logger.text()).not.toContain(h.fake.apiKey);
    expect(JSON.stringify(reply)).not.toContain(h.fake.apiKey);
  });

  it('marks demo replies in the footer', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const { createChatRunner } = await import('./create-chat-runner.ts');
    const demo = createChatRunner({
      client: h.client,
      store: h.store,
      deploymentKey: h.fake.apiKey,
      demo: true,
    });
    expect((await demo.run(alice, text('woz 1071AA 28B'))).footer).toMatchObject({ demo: true });
    expect((await h.runner.run(alice, text('woz 1071AA 28B'))).footer?.demo).toBeUndefined();
  });

  it('routes actions by prefix and answers stale ones', async () => {
    await using h = await createHarness();
    const login = await h.runner.run(alice, { kind: 'action', actionId: 'key:login:user' });
    expect(login.title).toBe('Link your API key');
    const stale = await h.runner.run(alice, { kind: 'action', actionId: 'gone:abc' });
    expect(stale).toMatchObject({
      kind: 'usage',
      summary: 'This button no longer works. Run the command again.',
    });
  });

  it('runs typed options like text', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const reply = await h.runner.run(bram, {
      kind: 'options',
      command: 'value',
      options: { postcode: '1071AA', number: 28, addition: 'B' },
    });
    expect(reply.kind).toBe('result');
    expect(h.fake.countFor('avm')).toBe(1);
  });

  it('checks admin rights for team settings', async () => {
    await using h = await createHarness();
    expect((await h.runner.run(alice, text('settings budget team 100'))).title).toBe('Admins only');
    expect((await h.runner.run(admin, text('settings budget team 100'))).summary).toBe(
      'The team may now spend 100 credits a month.',
    );
    expect((await h.store.budgets.getBudget(admin)).teamMonthlyCredits).toBe(100);
  });

  it('lets admins set the team’s default visibility and language, which members without their own choice get', async () => {
    await using h = await createHarness({ deploymentKey: true });
    expect((await h.runner.run(alice, text('settings visibility team public'))).title).toBe('Admins only');
    expect((await h.store.settings.getTeamSettings(admin)).visibility).toBeUndefined();

    const saved = await h.runner.run(admin, text('settings visibility team public'));
    expect(saved.summary).toBe('Answers in this team are now visible to the whole channel by default.');
    expect((await h.store.settings.getTeamSettings(admin)).visibility).toBe('public');
    expect((await h.runner.run(alice, text('value 1071AA 28B'))).private).toBe(false);

    await h.runner.run(alice, text('settings visibility private'));
    expect((await h.runner.run(alice, text('value 1071AA 28B'))).private).toBe(true);

    await h.runner.run(admin, text('settings language team nl'));
    // The team language applies to members with neither a setting of their own nor a platform locale.
    const { locale: _platformLocale, ...noLocale } = alice;
    expect((await h.runner.run(noLocale, text('help'))).title).toBe('Altum-commando’s');
  });
});
