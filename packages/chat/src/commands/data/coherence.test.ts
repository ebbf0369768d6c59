import { dwellingFor, HOUSE_TYPES } from '@altum-chat/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandHarness, createCommandHarness } from '../../../test/command-harness.ts';
import { altumTerm } from '../../i18n/altum-terms.ts';
import type { ReplyBody } from '../define-command.ts';

/**
 * One address, one home: every data command's reply (as the user reads it, in English) names the
 * same street and town, build year, house type and living area, and the advice and what-if tables
 * add up to their totals. Run over addresses in several towns.
 */
const NOW = new Date('2026-05-20T10:00:00Z');
const SAMPLE = ['1071AA 28B', '1012LG 1', '3511AX 100', '2511BT 70', '5611GH 1', '9712CP 14', '1312CD 5'];

let h: CommandHarness;
beforeAll(async () => {
  h = await createCommandHarness(NOW);
});
afterAll(() => h.close());

const reply = (text: string): Promise<ReplyBody> => h.run(text, 'en');

const field = (body: ReplyBody, label: string) => body.fields.find((f) => f.label === label)?.value;
const euros = (text: string | undefined) => Number((text ?? '').replace(/[^\d-]/g, ''));

const WITH_STREET = ['value', 'valueplus', 'woz', 'advice', 'delta', 'transactions', 'listing', 'features', 'rebuild'];
const WITH_BUILDING = ['value', 'valueplus', 'label', 'listing', 'rebuild'];

describe.each(SAMPLE)('every data command about %s describes one home', (address) => {
  const [postcode = '', number = ''] = address.split(' ');
  const home = dwellingFor({
    postcode,
    housenumber: Number.parseInt(number, 10),
    addition: number.replace(/^\d+/, '') || undefined,
  });
  const place = `${home.address.street} ${number.replace(/^(\d+)(\D+)$/, '$1-$2')}, ${home.address.city}`;

  it('names the same street and town', async () => {
    for (const command of WITH_STREET) {
      expect((await reply(`${command} ${address}`)).title, command).toContain(place);
    }
    const comparables = await reply(`comparables ${address}`);
    const rows = comparables.tables[0]?.rows ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[0]).toContain(`, ${home.address.city}`);
  });

  it('shows one build year, house type and living area', async () => {
    const years = new Set<string | undefined>();
    const areas = new Set<string | undefined>();
    const types: string[] = [];
    for (const command of WITH_BUILDING) {
      const body = await reply(`${command} ${address}`);
      years.add(field(body, 'Build year'));
      areas.add(field(body, 'Living area'));
      types.push(field(body, 'House type') ?? '');
    }
    const features = await reply(`features ${address}`);
    years.add(field(features, 'Build year'));
    areas.add(field(features, 'Living area'));
    types.push(field(features, 'Type') ?? '');
    expect([...years]).toEqual([String(home.buildYear)]);
    expect([...areas]).toEqual([`${home.livingArea} m²`]);
    // Each endpoint spells the type its own way; all spellings must belong to one and the same type.
    const fitting = HOUSE_TYPES.filter((type) =>
      types.every((text) =>
        [type.avm, type.full, type.label, type.specific].some((spelling) =>
          text.includes(altumTerm(spelling, 'en')),
        ),
      ),
    );
    expect(fitting.map((type) => type.key)).toContain(home.type.key);
  });

  it('adds the advice and what-if measures up to their totals, from the label the label command shows', async () => {
    const label = await reply(`label ${address}`);
    for (const text of [`advice ${address}`, `advice ${address} target=B`, `delta ${address} wall=4 glazing=hr++ solar=6`]) {
      const body = await reply(text);
      const rows = body.tables[0]?.rows ?? [];
      expect(field(body, 'Energy label')?.split(' → ')[0], text).toBe(label.badge?.current);
      expect(rows.reduce((sum, row) => sum + euros(row[2]), 0), text).toBe(euros(field(body, 'Investment')));
      expect(rows.reduce((sum, row) => sum + euros(row[3]), 0), text).toBe(euros(field(body, 'Saving per year')));
    }
  });
});
