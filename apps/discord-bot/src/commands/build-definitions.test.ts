import { commands } from '@altum-chat/chat';
import type {
  APIApplicationCommandOption,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { buildCommandDefinitions, COMMAND_NAME } from './build-definitions.ts';

const [altum, altumAdmin] = buildCommandDefinitions(
  commands,
) as RESTPostAPIChatInputApplicationCommandsJSONBody[];
const sub = (name: string) => altum?.options?.find((option) => option.name === name);
const optionsOf = (name: string): APIApplicationCommandOption[] => {
  const found = sub(name);
  return found && 'options' in found ? (found.options ?? []) : [];
};

/** Discord counts names, descriptions and choice values, longest localisation per string. */
function characterCount(
  option: { name: string; description?: string; options?: unknown[]; choices?: unknown[] } & Record<
    string,
    unknown
  >,
): number {
  const longest = (base: string, map: unknown): number =>
    Math.max(
      base.length,
      ...Object.values((map as Record<string, string> | undefined) ?? {}).map((v) => v.length),
    );
  let total =
    longest(option.name, option.name_localizations) +
    longest(option.description ?? '', option.description_localizations);
  for (const choice of (option.choices ?? []) as {
    name: string;
    value: string | number;
    name_localizations?: unknown;
  }[]) {
    total += longest(choice.name, choice.name_localizations) + String(choice.value).length;
  }
  for (const child of (option.options ?? []) as Parameters<typeof characterCount>[0][])
    total += characterCount(child);
  return total;
}

describe('buildCommandDefinitions', () => {
  it('has one /altum subcommand per registry command, with Dutch names and descriptions', () => {
    expect(altum?.name).toBe(COMMAND_NAME);
    expect(altum?.options?.map((o) => o.name)).toEqual(commands.filter((c) => !c.admin).map((c) => c.name));
    expect(sub('settings')).toMatchObject({ type: 2, name_localizations: { nl: 'instellingen' } });
    expect(sub('value')).toMatchObject({ type: 1, name_localizations: { nl: 'waarde' } });
    expect(sub('value')?.description_localizations?.nl).toBeTruthy();
  });

  it('takes the address as one autocompleted option, or split into postcode, number and addition', () => {
    expect(optionsOf('value')).toEqual([
      expect.objectContaining({
        name: 'address',
        type: 3,
        required: false,
        autocomplete: true,
        max_length: 200,
        name_localizations: { nl: 'adres' },
      }),
      expect.objectContaining({ name: 'postcode', type: 3, required: false, autocomplete: true }),
      expect.objectContaining({
        name: 'number',
        type: 4,
        required: false,
        min_value: 1,
        name_localizations: { nl: 'huisnummer' },
      }),
      expect.objectContaining({
        name: 'addition',
        type: 3,
        required: false,
        name_localizations: { nl: 'toevoeging' },
      }),
    ]);
  });

  it('turns enums into choices: target labels and Delta measure levels', () => {
    const target = optionsOf('advice').find((o) => o.name === 'target');
    expect(target && 'choices' in target ? target.choices?.map((c) => c.value) : []).toContain('A++++');
    const wall = optionsOf('delta').find((o) => o.name === 'wall_insulation');
    expect(wall).toMatchObject({ type: 4, required: false, name_localizations: { nl: 'gevelisolatie' } });
    expect(wall && 'choices' in wall ? wall.choices : []).toContainEqual(
      expect.objectContaining({ value: 3, name: 'good', name_localizations: { nl: 'goed' } }),
    );
  });

  it('publishes subcommands as groups: everyone’s under /altum, admin-only ones under /altum-admin', () => {
    const names = (group: APIApplicationCommandOption | undefined) =>
      (group && 'options' in group ? (group.options ?? []) : []).map((o) => [
        o.name,
        o.name_localizations?.nl ?? o.name,
      ]);
    expect(names(sub('settings'))).toEqual([
      ['show', 'toon'],
      ['language', 'taal'],
      ['visibility', 'zichtbaarheid'],
      ['budget', 'budget'],
    ]);
    expect(names(sub('key'))).toEqual([
      ['status', 'status'],
      ['login', 'koppel'],
      ['logout', 'ontkoppel'],
      ['team', 'team'],
    ]);
    const admin = (name: string) => altumAdmin?.options?.find((o) => o.name === name);
    expect(altumAdmin).toMatchObject({ name: 'altum-admin', default_member_permissions: '32' });
    expect(names(admin('settings'))).toEqual([
      ['language-team', 'taal-team'],
      ['visibility-team', 'zichtbaarheid-team'],
      ['budget-user', 'budget-gebruiker'],
      ['budget-team', 'budget-team'],
    ]);
    expect(names(admin('key'))).toEqual([
      ['team-set', 'team-zet'],
      ['team-clear', 'team-wis'],
    ]);
    const budgetTeam = admin('settings');
    const leaf = budgetTeam && 'options' in budgetTeam ? budgetTeam.options?.at(-1) : undefined;
    expect(leaf && 'options' in leaf ? leaf.options?.map((o) => o.name) : []).toEqual(['credits']);
  });

  it('stays inside Discord limits: names, descriptions, 25 options/choices, required first, 8,000 characters', () => {
    const name = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
    const top: APIApplicationCommandOption[] = altum?.options ?? [];
    const leaves = top.flatMap((option) => (option.type === 2 ? optionsOf(option.name) : [option]));
    for (const subcommand of [...top, ...leaves]) {
      const options =
        'options' in subcommand ? ((subcommand.options ?? []) as APIApplicationCommandOption[]) : [];
      expect(options.length).toBeLessThanOrEqual(25);
      const firstOptional = options.findIndex((o) => !('required' in o && o.required));
      if (firstOptional >= 0)
        expect(options.slice(firstOptional).some((o) => 'required' in o && o.required)).toBe(false);
      for (const option of [subcommand, ...options]) {
        expect(option.name).toMatch(name);
        if (option.name_localizations?.nl) expect(option.name_localizations.nl).toMatch(name);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect(option.description_localizations?.nl?.length ?? 0).toBeLessThanOrEqual(100);
        if ('choices' in option) expect(option.choices?.length ?? 0).toBeLessThanOrEqual(25);
      }
      const nlNames = options.map((o) => o.name_localizations?.nl ?? o.name);
      expect(new Set(nlNames).size).toBe(nlNames.length);
    }
    expect(characterCount(altum as never)).toBeLessThanOrEqual(8_000);
  });

  it('registers the message command "Look up address" (Dutch "Adres opzoeken") with the others', () => {
    const lookup = buildCommandDefinitions(commands).find((c) => c.type === 3);
    expect(lookup).toEqual({
      name: 'Look up address',
      name_localizations: { nl: 'Adres opzoeken' },
      type: 3,
      default_member_permissions: null,
      integration_types: [0],
      contexts: [0, 1],
    });
  });

  it('gates admin-only commands behind a separate /altum-admin with Manage Server', () => {
    const adminCommand = { ...commands[0]!, name: 'budget', alias: 'budget', admin: true };
    const body = buildCommandDefinitions([
      ...commands,
      adminCommand,
    ]) as RESTPostAPIChatInputApplicationCommandsJSONBody[];
    expect(body.map((c) => c.name)).toEqual(['altum', 'altum-admin', 'Look up address']);
    expect(body[0]?.default_member_permissions).toBeNull();
    expect(body[1]).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    expect(body[1]?.options?.map((o) => o.name)).toEqual(['key', 'settings', 'budget']);
  });
});
