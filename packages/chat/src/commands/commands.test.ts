import type { Reply } from '@altum-chat/chat';
import { describe, expect, it } from 'vitest';
import { admin, alice, bram, createHarness } from '../../test/runner-harness.ts';

const text = (t: string) => ({ kind: 'text', text: t }) as const;
const bramAdmin = { ...bram, isAdmin: true };

/** Every reply has the full shape and a reference; lists are lists. */
function expectWellFormed(reply: Reply) {
  expect(reply.title.length).toBeGreaterThan(0);
  for (const list of [reply.fields, reply.tables, reply.warnings, reply.charts, reply.actions]) {
    expect(Array.isArray(list)).toBe(true);
  }
  expect(reply.footer?.reference).toMatch(/^[0-9A-Z]{8}$/);
  for (const table of reply.tables)
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
}

describe('help', () => {
  it('lists every command in English and in Dutch', async () => {
    await using h = await createHarness();
    const en = await h.runner.run(alice, text('help'));
    expectWellFormed(en);
    expect(en).toMatchObject({ kind: 'help', title: 'Altum commands', private: true });
    expect(en.tables[0]?.columns).toEqual(['Command', 'What it does']);
    expect(en.tables[0]?.rows.map((r) => r[0])).toContain('`delta`');
    const nl = await h.runner.run(bram, text('hulp'));
    expect(nl.title).toBe('Altum-commando’s');
    expect(nl.tables[0]?.rows.map((r) => r[0])).toContain('`watals`');
  });

  it('explains one command with syntax, arguments and examples', async () => {
    await using h = await createHarness();
    const en = await h.runner.run(alice, text('help delta'));
    expectWellFormed(en);
    expect(en.title).toBe('Help: delta');
    expect(en.fields.find((f) => f.label === 'Syntax')?.value).toBe('`delta <address> [measure=level …]`');
    expect(en.fields.find((f) => f.label === 'Examples')?.value).toContain('`delta 1071AA');
    expect(en.tables.find((t) => t.title === 'Measures (name=level)')?.rows.length).toBeGreaterThan(5);
    const nl = await h.runner.run(bram, text('hulp waarde'));
    expect(nl.title).toBe('Hulp: waarde');
    expect(nl.fields.find((f) => f.label === 'Schrijfwijze')?.value).toBe('`waarde <adres>`');
    expect(nl.fields.find((f) => f.label === 'Voorbeelden')?.value).toContain('`waarde 1071AA');
    expect(nl.fields.find((f) => f.label === 'Voorbeelden')?.value).toContain('`waarde Damrak 1 Amsterdam`');
  });

  it('lists a command’s subcommands, marking the admin ones', async () => {
    await using h = await createHarness();
    const en = await h.runner.run(alice, text('help settings'));
    expect(en.fields.find((f) => f.label === 'Syntax')?.value).toBe(
      '`settings show|language|visibility|budget …`',
    );
    const rows = en.tables.at(-1)?.rows ?? [];
    expect(rows).toContainEqual(['`settings language [language]`', 'Your own language']);
    expect(rows).toContainEqual([
      '`settings budget team [credits]`',
      'Monthly credits for the team (Admins only)',
    ]);
    const nl = await h.runner.run(bram, text('hulp sleutel'));
    expect(nl.tables.at(-1)?.rows.map((r) => r[0])).toEqual([
      '`sleutel status`',
      '`sleutel koppel`',
      '`sleutel ontkoppel`',
      '`sleutel team`',
      '`sleutel team zet`',
      '`sleutel team wis`',
    ]);
  });

  it('suggests a topic for a typo', async () => {
    await using h = await createHarness();
    const reply = await h.runner.run(alice, text('help detla'));
    expect(reply).toMatchObject({ kind: 'usage', summary: 'There is no command `detla` to explain.' });
    expect(reply.fields.find((f) => f.label === 'Did you mean')?.value).toContain('`delta`');
  });
});

describe('key', () => {
  it('shows the status masked, with the last 24 hours', async () => {
    await using h = await createHarness({ deploymentKey: true });
    await h.runner.linkKey(alice, h.fake.apiKey, 'user');
    await h.runner.run(alice, text('value 1071AA 28B'));
    const en = await h.runner.run(alice, text('key status'));
    expectWellFormed(en);
    expect(en.title).toBe('API keys');
    expect(en.fields.map((f) => f.label)).toEqual([
      'Personal key',
      'Team key',
      'Shared fallback key',
      'In use',
      'Your last 24 hours',
    ]);
    expect(en.fields[0]?.value).toMatch(/^…0001, linked /);
    expect(en.fields[3]?.value).toBe('your personal key');
    expect(en.fields[4]?.value).toBe('2 calls, 1 credit');
    expect(JSON.stringify(en)).not.toContain(h.fake.apiKey);
    const nl = await h.runner.run(bram, text('sleutel'));
    expect(nl.title).toBe('API-sleutels');
    expect(nl.fields[0]?.value).toBe('niet gekoppeld');
    expect(nl.fields[3]?.value).toBe('de gedeelde reservesleutel');
  });

  it('explains how to link when nothing is linked', async () => {
    await using h = await createHarness();
    const reply = await h.runner.run(bram, text('sleutel status'));
    expect(reply.summary).toContain('sleutel login');
  });

  it('offers the private form for login, and removes keys on logout', async () => {
    await using h = await createHarness();
    const login = await h.runner.run(alice, text('key login'));
    expect(login.actions).toEqual([
      { type: 'button', id: 'key:login:user', label: 'Open private form', style: 'primary' },
    ]);
    const playground = await h.runner.run({ ...alice, platform: 'playground' }, text('key login'));
    expect(playground.actions).toEqual([]);
    expect(playground.summary).toContain('hidden prompt');
    await h.runner.linkKey(alice, h.fake.apiKey, 'user');
    expect((await h.runner.run(alice, text('key logout'))).summary).toContain('Your personal key is removed');
    expect(await h.store.keys.getUserKey(alice)).toBeUndefined();
    expect((await h.runner.run(alice, text('key logout'))).summary).toBe('You had no personal key linked.');
  });

  it('lets only admins set or clear the team key', async () => {
    await using h = await createHarness();
    expect((await h.runner.run(alice, text('key team set'))).title).toBe('Admins only');
    expect((await h.runner.run(admin, text('key team set'))).actions[0]?.id).toBe('key:login:team');
    await h.runner.linkKey(admin, h.fake.apiKey, 'team');
    expect((await h.runner.run(bramAdmin, text('sleutel team clear'))).summary).toBe(
      'Er was geen teamsleutel.',
    );
    expect((await h.runner.run(admin, text('key team clear'))).summary).toBe('The team key is removed.');
    expect(await h.store.keys.getTeamKey(admin)).toBeUndefined();
  });
});

describe('usage', () => {
  it('sums calls and credits per command; per user only for admins', async () => {
    await using h = await createHarness({ deploymentKey: true });
    await h.runner.run(alice, text('value 1071AA 28B'));
    await h.runner.run(admin, text('woz 1071AA 28B'));
    const mine = await h.runner.run(alice, text('usage'));
    expectWellFormed(mine);
    expect(mine.title).toBe('Usage, last 24 hours');
    expect(mine.fields).toEqual([
      { label: 'You', value: '1 call, 1 credit', inline: true },
      { label: 'Whole team', value: '2 calls, 2 credits', inline: true },
    ]);
    expect(mine.tables.map((t) => t.title)).toEqual(['Your calls per command']);
    expect(mine.tables[0]?.rows).toEqual([['value', '1', '1', '0']]);
    const team = await h.runner.run(admin, text('usage week'));
    expect(team.tables.map((t) => t.title)).toEqual(['Your calls per command', 'Team per user']);
    const nl = await h.runner.run(bram, text('gebruik maand'));
    expect(nl).toMatchObject({
      title: 'Gebruik, laatste 30 dagen',
      summary: 'Je hebt in deze periode geen Altum-aanroepen gedaan.',
    });
  });
});

describe('settings', () => {
  it('shows, and saves language and visibility', async () => {
    await using h = await createHarness();
    const overview = await h.runner.run(bram, text('instellingen'));
    expectWellFormed(overview);
    expect(overview.fields.map((f) => f.label)).toEqual([
      'Taal',
      'Antwoorden',
      'Jouw budget vandaag',
      'Teambudget deze maand',
    ]);
    expect(overview.fields[0]?.value).toBe('Nederlands (automatisch)');
    expect(overview.fields[2]?.value).toBe('0 van onbeperkt credits');
    const switched = await h.runner.run(bram, text('instellingen taal en'));
    expect(switched).toMatchObject({
      title: 'Setting saved',
      summary: 'I’ll answer you in English from now on.',
    });
    expect((await h.runner.run(bram, text('settings visibility public'))).summary).toBe(
      'Your answers are now visible to the whole channel.',
    );
    const reply = await h.runner.run(bram, text('help'));
    expect(reply.private).toBe(true);
    expect((await h.runner.run(bram, text('settings'))).fields[1]?.value).toBe('everyone in the channel');
  });

  it('refuses unknown values with the valid ones and an example', async () => {
    await using h = await createHarness();
    const reply = await h.runner.run(alice, text('settings language fr'));
    expect(reply).toMatchObject({ kind: 'usage', summary: 'Choose a language from: nl, en.' });
    expect(reply.fields.find((f) => f.label === 'Example')?.value).toBe('`settings language en`');
  });

  it('sets budgets for admins and shows the spend', async () => {
    await using h = await createHarness();
    expect(
      (await h.runner.run({ ...admin, locale: 'nl' }, text('instellingen budget gebruiker 50'))).summary,
    ).toBe('Elke gebruiker mag nu 50 credits per dag gebruiken.');
    const shown = await h.runner.run(alice, text('settings budget'));
    expect(shown.fields[0]?.value).toBe('0 of 50 credits');
    expect((await h.runner.run(admin, text('settings budget user off'))).summary).toBe(
      'Users no longer have a daily cap.',
    );
    expect((await h.runner.run(admin, text('settings budget user lots'))).kind).toBe('usage');
  });
});

describe('credits', () => {
  it('lists credits per API from the Credit API', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const en = await h.runner.run(alice, text('credits 48'));
    expectWellFormed(en);
    expect(en.title).toBe('Credits used, last 48 hours');
    expect(h.fake.requests.at(-1)?.query).toMatchObject({ time: '48' });
    expect(en.tables[0]?.columns).toEqual(['API', 'Credits']);
    expect(en.footer?.source).toBe('Altum Credit API');
    const nl = await h.runner.run(bram, text('credits'));
    expect(nl.title).toBe('Verbruikte credits, laatste 24 uur');
  });
});

describe('error replies', () => {
  it('say what happened, what to do, and show a working example, in both languages', async () => {
    await using h = await createHarness({ deploymentKey: true });
    const en = await h.runner.run(alice, text('valeu 1071AA 28B'));
    expectWellFormed(en);
    expect(en).toMatchObject({
      kind: 'usage',
      title: 'Unknown command',
      summary: 'I don’t know the command `valeu`.',
    });
    expect(en.fields).toEqual([
      { label: 'Did you mean', value: '`value`' },
      { label: 'What to do', value: 'Type `help` to see every command.' },
      { label: 'Example', value: '`help`' },
    ]);
    const nl = await h.runner.run(bram, text('waarde 1071'));
    expect(nl).toMatchObject({
      kind: 'usage',
      title: 'Dat lukte niet helemaal',
      summary: 'Dat is geen Nederlandse postcode: vier cijfers en twee letters, zoals 1071AA.',
    });
    expect(nl.fields.find((f) => f.label === 'Voorbeeld')?.value).toBe('`waarde 1071AA 28B`');
    h.fake.inject({ operationId: 'credit', status: 429, retryAfterSeconds: 3 });
    const limited = await h.runner.run(alice, text('credits'));
    expect(limited.title).toBe('Altum limit reached');
    expect(limited.fields.find((f) => f.label === 'What to do')?.value).toBe('Try again in 3 seconds.');
  });
});
