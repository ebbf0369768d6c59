import { isOperationId } from '@altum-chat/core';
import { describe, expect, it } from 'vitest';
import { readMeasure } from '../grammar/measure-reader.ts';
import { parseText } from '../grammar/parse-text.ts';
import { createRegistry } from './create-registry.ts';
import { commands, defaultRegistry } from './registry.ts';

/** The command table of the design: English name and Dutch alias. */
const DESIGN_COMMANDS = [
  ['help', 'hulp'],
  ['batch', 'bulk'],
  ['value', 'waarde'],
  ['valueplus', 'waardeplus'],
  ['woz', 'woz'],
  ['label', 'label'],
  ['advice', 'advies'],
  ['delta', 'watals'],
  ['comparables', 'referenties'],
  ['transactions', 'transacties'],
  ['listing', 'aanbod'],
  ['features', 'kenmerken'],
  ['subsidies', 'subsidies'],
  ['rebuild', 'herbouw'],
  ['credits', 'credits'],
  ['key', 'sleutel'],
  ['usage', 'gebruik'],
  ['settings', 'instellingen'],
] as const;

describe('command registry', () => {
  it('has every command of the design, under its English name and Dutch alias', () => {
    for (const [name, alias] of DESIGN_COMMANDS) {
      expect(defaultRegistry.get(name)?.name, name).toBe(name);
      expect(defaultRegistry.get(alias)?.name, alias).toBe(name);
    }
  });

  it('names only real operation ids', () => {
    for (const command of commands) {
      for (const id of command.operations) expect(isOperationId(id), `${command.name}: ${id}`).toBe(true);
    }
  });

  it('parses every example of every command', () => {
    for (const command of commands) {
      expect(command.examples.length, command.name).toBeGreaterThan(0);
      for (const example of command.examples) {
        expect(parseText(example, defaultRegistry, { readMeasure }).command.name, example).toBe(command.name);
      }
    }
  });

  it('fits Discord’s limits for names, descriptions, options and choices', () => {
    for (const command of commands) {
      expect(command.name).toMatch(/^[a-z][a-z0-9_-]{0,31}$/);
      expect(command.alias).toMatch(/^[a-z][a-z0-9_-]{0,31}$/);
      for (const text of [command.summary.en, command.summary.nl])
        expect(text.length).toBeLessThanOrEqual(100);
      expect(command.args.length).toBeLessThanOrEqual(25);
      for (const arg of command.args) {
        expect(arg.name, command.name).toMatch(/^[a-z][a-z0-9_]{0,31}$/);
        expect(arg.description.en.length, `${command.name}.${arg.name}`).toBeLessThanOrEqual(100);
        expect(arg.description.nl.length, `${command.name}.${arg.name}`).toBeLessThanOrEqual(100);
        expect(arg.choices?.length ?? 0).toBeLessThanOrEqual(25);
        if (arg.kind === 'choice') expect(arg.choices?.length ?? 0, arg.name).toBeGreaterThan(0);
      }
    }
  });

  it('refuses two commands claiming one word', () => {
    const [first] = commands;
    if (!first) throw new Error('no commands');
    expect(() => createRegistry([first, { ...first, actionPrefix: 'other' }])).toThrow(/claimed/);
  });

  it('routes action ids to the command owning the prefix', () => {
    expect(defaultRegistry.forAction('key:login:user')).toMatchObject({ ref: 'login:user' });
    expect(defaultRegistry.forAction('key:login:user')?.command.name).toBe('key');
    expect(defaultRegistry.forAction('nothing:here')).toBeUndefined();
    expect(defaultRegistry.forAction('')).toBeUndefined();
  });
});
