import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../commands/registry.ts';
import { optionName, routeByOptionName, routesOf } from '../commands/subcommands.ts';
import { commandText } from '../grammar/command-text.ts';
import { readMeasure } from '../grammar/measure-reader.ts';
import { planCommand } from './plan.ts';
import type { CommandInput, Requester } from './types.ts';

const grammar = { readMeasure };
const slackUser: Requester = { platform: 'slack', teamId: 'T1', userId: 'U1' };
const discordMember: Requester = { platform: 'discord', teamId: 'G1', userId: 'D1', isAdmin: false };
const plan = (text: string, requester: Requester = slackUser) =>
  planCommand(defaultRegistry, grammar, requester, { kind: 'text', text });

/** Every word the grammar accepted before subcommands were declared, with where it leads. */
const KEY_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['', ['status']],
  ...['status', 'show', 'toon', 'info'].map((w) => [w, ['status']] as const),
  ...['login', 'link', 'set', 'koppel', 'koppelen', 'inloggen', 'add'].map(
    (w) => [w, ['login', 'user']] as const,
  ),
  // Slack's own pattern also took the scope after the verb.
  ...['login', 'link', 'koppel', 'koppelen'].map((w) => [`${w} team`, ['login', 'team']] as const),
  ...['logout', 'unlink', 'remove', 'delete', 'ontkoppel', 'ontkoppelen', 'uitloggen', 'verwijder'].map(
    (w) => [w, ['logout']] as const,
  ),
  ['team', ['team', 'status']],
  ...['status', 'show', 'toon'].map((w) => [`team ${w}`, ['team', 'status']] as const),
  ...['set', 'login', 'link', 'koppel', 'koppelen', 'zet'].map(
    (w) => [`team ${w}`, ['team', 'set']] as const,
  ),
  ...['clear', 'remove', 'logout', 'unlink', 'wis', 'verwijder', 'ontkoppel'].map(
    (w) => [`team ${w}`, ['team', 'clear']] as const,
  ),
];

const SETTINGS_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['', ['show']],
  ...['language', 'taal', 'lang'].flatMap((w) => [
    [`${w} en`, ['language', 'set']] as const,
    [`${w} team nl`, ['language', 'team']] as const,
  ]),
  ...['visibility', 'zichtbaarheid', 'replies', 'antwoorden', 'reply-visibility'].flatMap((w) => [
    [`${w} public`, ['visibility', 'set']] as const,
    [`${w} team private`, ['visibility', 'team']] as const,
  ]),
  ...['budget', 'creditbudget', 'credit-budget'].map((w) => [w, ['budget', 'show']] as const),
  ...['user', 'gebruiker', 'users', 'daily', 'dag'].map(
    (w) => [`budget ${w} 50`, ['budget', 'user']] as const,
  ),
  ...['team', 'month', 'maand', 'monthly'].map((w) => [`budget ${w} off`, ['budget', 'team']] as const),
];

describe('subcommand words', () => {
  it.each(
    KEY_WORDS.flatMap(([words, path]) => ['key', 'sleutel'].map((c) => [`${c} ${words}`.trim(), path])),
  )('%s → key %j', (text, path) => {
    const planned = plan(text as string);
    expect(planned.failed).toBe(false);
    expect(planned.command?.name).toBe('key');
    expect(planned.path).toEqual(path);
  });

  it.each(
    SETTINGS_WORDS.flatMap(([words, path]) =>
      ['settings', 'instellingen'].map((c) => [`${c} ${words}`.trim(), path]),
    ),
  )('%s → settings %j', (text, path) => {
    const planned = plan(text as string);
    expect(planned.failed).toBe(false);
    expect(planned.command?.name).toBe('settings');
    expect(planned.path).toEqual(path);
  });

  it('suggests the subcommand that was meant, and refuses text after a key subcommand unechoed', () => {
    const typo = plan('settings langauge en');
    expect(typo.failed).toBe(true);
    const refused = plan('key login abc');
    expect(refused).toMatchObject({ failed: true, private: true, command: { name: 'key' } });
  });
});

describe('plan', () => {
  it('opens the user key form for every login word, the team form for every team set word', () => {
    for (const [words, path] of KEY_WORDS) {
      const planned = plan(`key ${words}`);
      const where = path.join(' ');
      const scope =
        where === 'login user' ? 'user' : where === 'team set' || where === 'login team' ? 'team' : undefined;
      expect(planned.opens, words).toEqual(scope ? { form: 'api-key', scope } : undefined);
    }
  });

  it('opens the form for the key buttons, and runs other actions', () => {
    const button = (actionId: string): CommandInput => ({ kind: 'action', actionId });
    expect(planCommand(defaultRegistry, grammar, slackUser, button('key:login:team')).opens).toEqual({
      form: 'api-key',
      scope: 'team',
    });
    expect(planCommand(defaultRegistry, grammar, slackUser, button('key:login:user')).opens?.scope).toBe(
      'user',
    );
    expect(planCommand(defaultRegistry, grammar, slackUser, button('key:logout')).opens).toBeUndefined();
    expect(planCommand(defaultRegistry, grammar, slackUser, button('nope:1')).failed).toBe(true);
  });

  it('asks for an admin lookup only where the role matters and is not known yet', () => {
    expect(plan('usage').needsAdmin).toBe(true);
    expect(plan('settings budget team 50').needsAdmin).toBe(true);
    expect(plan('key team clear').needsAdmin).toBe(true);
    expect(plan('settings language en').needsAdmin).toBe(false);
    expect(plan('key status').needsAdmin).toBe(false);
    expect(plan('value 1071AA 28').needsAdmin).toBe(false);
    expect(plan('usage', discordMember).needsAdmin).toBe(false);
  });

  it('says which replies are private before anything runs', () => {
    for (const text of ['help', 'key', 'settings', 'usage week', 'instellingen taal nl', 'value 1071']) {
      expect(plan(text).private, text).toBe(true);
    }
    expect(plan('value 1071AA 28').private).toBe(false);
  });

  it('writes parsed arguments back as text that parses to the same', () => {
    for (const text of [
      'watals 1071 aa 28-b gevel=goed',
      'advice 1071AA 28 target=A',
      'settings budget dag 5',
    ]) {
      const args = plan(text).args;
      expect(args).toBeDefined();
      const again = plan(commandText(args!));
      expect(again.args).toEqual(args);
    }
    expect(commandText(plan('waarde 1071AA 28B').args!)).toBe('value 1071AA 28 B');
  });

  it('carries the parsed arguments', () => {
    const planned = plan('watals 1071AA 28 gevel=goed');
    expect(planned.takesMeasures).toBe(true);
    expect(plan('value 1071AA 28').takesMeasures).toBe(false);
    expect(planned.args).toMatchObject({
      command: 'delta',
      options: { postcode: '1071AA', number: 28 },
      measures: [{ key: 'wall_insulation', level: 3 }],
    });
  });

  it('reads typed options by each subcommand’s option name, English or Dutch', () => {
    const options = (command: string, subcommand: string | undefined, opts = {}) =>
      planCommand(defaultRegistry, grammar, discordMember, {
        kind: 'options',
        command,
        subcommand,
        options: opts,
      });
    expect(options('settings', 'budget-team', { credits: '50' }).path).toEqual(['budget', 'team']);
    expect(options('settings', 'taal-team', { language: 'nl' }).path).toEqual(['language', 'team']);
    expect(options('key', 'team-set').opens?.scope).toBe('team');
    expect(options('key', undefined).path).toEqual(['status']);
    expect(options('key', 'nope').failed).toBe(true);
    for (const command of defaultRegistry.commands) {
      for (const route of routesOf(command)) {
        const name = optionName(route);
        expect(routeByOptionName(command, name)?.leaf).toBe(route.leaf);
      }
    }
  });
});
