import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ACTION_ID_LENGTH } from '../define-command.ts';
import { decodeDeltaState, encodeDeltaState, MEASURE_CODES, withMeasure } from './delta-state.ts';

const keys = Object.keys(MEASURE_CODES);

describe('delta action state', () => {
  it('round-trips address, measures and the changed measure', () => {
    const state = {
      address: { postcode: '1071AA', housenumber: 28, addition: 'B' },
      measures: [
        { key: 'wall_insulation', level: 3 },
        { key: 'installation', level: 6 },
        { key: 'solar_panels', level: 12 },
      ],
      change: 'living_room_windows',
    };
    const ref = encodeDeltaState(state);
    expect(ref).toBe('1071AA|28|B|w3i6p12|l');
    expect(decodeDeltaState(ref)).toEqual(state);
  });

  it('round-trips any state (property)', () => {
    const addition = fc.option(fc.stringMatching(/^[A-Z0-9][A-Z0-9+\-/ ]{0,9}$/), { nil: undefined });
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{3}[A-Z]{2}$/),
        fc.integer({ min: 1, max: 99_999 }),
        addition,
        fc.uniqueArray(fc.constantFrom(...keys)),
        (postcode, housenumber, add, chosen) => {
          const address = add === undefined ? { postcode, housenumber } : { postcode, housenumber, addition: add };
          const measures = chosen.map((key, i) => ({ key, level: key === 'solar_panels' ? 200 : (i % 8) + 1 }));
          expect(decodeDeltaState(encodeDeltaState({ address, measures }))).toEqual({ address, measures });
        },
      ),
    );
  });

  it('fits a Discord custom_id in the worst case', () => {
    const ref = encodeDeltaState({
      address: { postcode: '9999ZZ', housenumber: 99_999, addition: 'HS+1/ABCDE' },
      measures: keys.map((key) => ({ key, level: key === 'solar_panels' ? 200 : 8 })),
      change: 'electric_cooking',
    });
    const id = `delta:${ref}`;
    expect(id.length).toBeLessThanOrEqual(MAX_ACTION_ID_LENGTH);
  });

  it('refuses tampered ids', () => {
    for (const ref of ['', 'x', '1071AA|28|B|w3|zz', '1071AA|28|B|q3', '0071AA|28||', '1071AA|abc||', '1071AA|28||w3|l|x']) {
      expect(decodeDeltaState(ref), ref).toBeUndefined();
    }
  });

  it('changes one measure and keeps the order of the rest', () => {
    const measures = [
      { key: 'wall_insulation', level: 3 },
      { key: 'installation', level: 6 },
    ];
    expect(withMeasure(measures, 'wall_insulation', 4)).toEqual([
      { key: 'wall_insulation', level: 4 },
      { key: 'installation', level: 6 },
    ]);
    expect(withMeasure(measures, 'wall_insulation', undefined)).toEqual([{ key: 'installation', level: 6 }]);
    expect(withMeasure(measures, 'shower', 2)).toHaveLength(3);
  });
});
