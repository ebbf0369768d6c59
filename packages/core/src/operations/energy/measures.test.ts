import { describe, expect, it } from 'vitest';
import { getOperation } from '../catalog.ts';
import { findMeasure, measures, measuresFor, resolveMeasureLevel } from './measures.ts';

function level(measure: string, word: string): number | undefined {
  const result = resolveMeasureLevel(measure, word);
  return result.ok ? result.level : undefined;
}

describe('resolveMeasureLevel', () => {
  it('resolves English machine words and labels', () => {
    expect(level('wall_insulation', 'good')).toBe(3);
    expect(level('wall_insulation', 'very_good')).toBe(4);
    expect(level('wall_insulation', 'Very-Good')).toBe(4);
    expect(level('floor_insulation', 'moderate')).toBe(2);
    expect(level('living_room_windows', 'triple')).toBe(4);
    expect(level('bedroom_windows', 'hr_plus_plus')).toBe(3);
    expect(level('installation', 'heat_pump')).toBe(6);
    expect(level('ventilation', 'balanced')).toBe(3);
  });

  it('resolves Dutch words, tolerant of case, spaces and dashes', () => {
    expect(level('wall_insulation', 'goed')).toBe(3);
    expect(level('wall_insulation', 'Zeer goed')).toBe(4);
    expect(level('wall_insulation', 'zeer-goed')).toBe(4);
    expect(level('sloped_roof_insulation', 'MATIG')).toBe(2);
    expect(level('living_room_windows', 'HR++')).toBe(3);
    expect(level('living_room_windows', 'HR++ glas')).toBe(3);
    expect(level('bedroom_windows', 'dubbel glas')).toBe(2);
    expect(level('installation', 'hybride warmtepomp')).toBe(8);
    expect(level('cooling', 'airco')).toBe(2);
    expect(level('electric_cooking', 'inductie')).toBe(2);
  });

  it('accepts the integer levels the table describes, and refuses codes the docs give no meaning', () => {
    expect(level('wall_insulation', '3')).toBe(3);
    expect(resolveMeasureLevel('wall_insulation', '3')).toMatchObject({ ok: true, word: 'good' });
    // Installation 1–3 exist on Altum's scale but are undescribed: Altum answers € 0 and charges.
    for (const code of ['1', '2', '3']) {
      expect(resolveMeasureLevel('installation', code)).toMatchObject({
        ok: false,
        reason: 'undescribed_level',
        validWords: [
          'hr_combi',
          'hr_combi_solar_boiler',
          'heat_pump',
          'district_heating',
          'hybrid_heat_pump',
        ],
      });
    }
    expect(level('installation', '4')).toBe(4);
    expect(resolveMeasureLevel('solar_panels', '17')).toMatchObject({ ok: true, level: 17 });
  });

  it('enforces the same table in the Delta input schema, before anything is sent', () => {
    const input = { postcode: '1071AA', housenumber: 28 };
    const delta = getOperation('sustainability.delta');
    expect(delta?.input.safeParse({ ...input, target_installation: 6 }).success).toBe(true);
    const refused = delta?.input.safeParse({ ...input, target_installation: 2 });
    expect(refused?.success).toBe(false);
    expect(JSON.stringify(refused?.error?.issues)).toContain(
      '4 hr_combi, 5 hr_combi_solar_boiler, 6 heat_pump',
    );
    expect(delta?.input.safeParse({ ...input, installation: 3 }).success).toBe(false);
    expect(delta?.input.safeParse({ ...input, target_wall_insulation: 9 }).success).toBe(false);
  });

  it('finds the measure by Dutch alias or target_ name', () => {
    expect(level('gevel', 'goed')).toBe(3);
    expect(level('target_wall_insulation', 'good')).toBe(3);
    expect(findMeasure('glas')?.key).toBe('living_room_windows');
    expect(findMeasure('Zonnepanelen')?.key).toBe('solar_panels');
  });

  it('counts solar panels instead of levels', () => {
    expect(level('solar_panels', '8')).toBe(8);
    expect(level('zonnepanelen', 'geen')).toBe(0);
    expect(resolveMeasureLevel('solar_panels', '500')).toMatchObject({
      ok: false,
      reason: 'out_of_range',
      max: 200,
    });
  });

  it('refuses a level off the scale and reports the range', () => {
    expect(resolveMeasureLevel('wall_insulation', '7')).toEqual({
      ok: false,
      reason: 'out_of_range',
      validWords: ['none', 'moderate', 'good', 'very_good'],
      min: 1,
      max: 4,
    });
  });

  it('gives the valid words and a suggestion for an unknown word', () => {
    const result = resolveMeasureLevel('wall_insulation', 'goood');
    expect(result).toMatchObject({ ok: false, reason: 'unknown_word', suggestion: 'good' });
    expect(!result.ok && result.validWords).toEqual(['none', 'moderate', 'good', 'very_good']);
    const far = resolveMeasureLevel('wall_insulation', 'banana');
    expect(far.ok).toBe(false);
    expect(!far.ok && far.suggestion).toBeUndefined();
  });

  it('lists measure names for an unknown measure', () => {
    const result = resolveMeasureLevel('jacuzzi', 'good');
    expect(result).toMatchObject({ ok: false, reason: 'unknown_measure' });
    expect(!result.ok && result.validWords).toContain('wall_insulation');
  });
});

describe('measure vocabulary', () => {
  it('tells houses from apartments', () => {
    const house = measuresFor('house').map((m) => m.key);
    const apartment = measuresFor('apartment').map((m) => m.key);
    expect(house).not.toContain('roof_insulation');
    expect(apartment).toContain('roof_insulation');
    expect(house).toEqual(
      expect.arrayContaining(['wall_insulation', 'sloped_roof_insulation', 'solar_panels']),
    );
  });

  it('has unique words per measure and both languages for every level', () => {
    for (const measure of measures) {
      const words = measure.levels.map((l) => l.word);
      expect(new Set(words).size).toBe(words.length);
      for (const l of measure.levels) {
        expect(l.label.en.length).toBeGreaterThan(0);
        expect(l.label.nl.length).toBeGreaterThan(0);
        expect(l.level).toBeGreaterThanOrEqual(measure.min);
        expect(l.level).toBeLessThanOrEqual(measure.max);
        // Every word and synonym resolves back to its own level.
        for (const word of [l.word, l.label.en, l.label.nl, ...l.synonyms]) {
          expect(level(measure.key, word), `${measure.key} ${word}`).toBe(l.level);
        }
      }
    }
  });
});
