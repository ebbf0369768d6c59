import { describe, expect, it } from 'vitest';
import { parseAltumDate } from './altum-date.ts';
import { labelBadge, labelSteps, toEnergyLabel } from './energy-label.ts';
import { createFormatter } from './formatter.ts';
import { relativeChange } from './year-change.ts';

describe('formatter', () => {
  const nl = createFormatter('nl');
  const en = createFormatter('en');

  it('writes money the Dutch way in nl and the British way in en', () => {
    expect(nl.money(612_000)).toBe('€ 612.000');
    expect(nl.money(612_000.6)).toBe('€ 612.001');
    expect(en.money(612_000)).toBe('€612,000');
    expect(nl.moneyExact(116.5)).toBe('€ 116,50');
    expect(nl.moneyRange(429_880, 327_363)).toBe('€ 327.363 – € 429.880');
  });

  it('formats areas, percentages, changes and dates', () => {
    expect(nl.area(1605)).toBe('1.605 m²');
    expect(nl.percent(0.9)).toBe('90%');
    expect(nl.change(0.1434)).toBe('+14,3%');
    expect(en.change(-0.052)).toBe('-5.2%');
    expect(nl.date({ year: 2022, month: 1, day: 1 })).toBe('1 januari 2022');
    expect(en.date({ year: 2023, month: 6 })).toBe('June 2023');
  });

  it('reads every Altum date spelling', () => {
    expect(parseAltumDate('01-01-2022')).toEqual({ year: 2022, month: 1, day: 1 });
    expect(parseAltumDate('2023-03-21')).toEqual({ year: 2023, month: 3, day: 21 });
    expect(parseAltumDate(20_240_115)).toEqual({ year: 2024, month: 1, day: 15 });
    expect(parseAltumDate(202_306)).toEqual({ year: 2023, month: 6 });
    expect(parseAltumDate('2030-12')).toEqual({ year: 2030, month: 12 });
    expect(parseAltumDate('soon')).toBeUndefined();
    expect(parseAltumDate('99-99-2022')).toBeUndefined();
  });

  it('computes year-on-year change and label badges', () => {
    expect(relativeChange(551_000, 630_000)).toBeCloseTo(0.1434, 3);
    expect(relativeChange(0, 5)).toBeUndefined();
    expect(toEnergyLabel(' a+ ')).toBe('A+');
    expect(toEnergyLabel('H')).toBeUndefined();
    expect(labelSteps('E', 'A')).toBe(4);
    expect(labelBadge('E', 'A')).toBe('[E → A]');
    expect(labelBadge('C')).toBe('[C]');
  });
});
