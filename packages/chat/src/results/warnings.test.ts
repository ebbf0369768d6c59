import { describe, expect, it } from 'vitest';
import { createResultContext } from './result-context.ts';
import { translateWarning } from './warnings.ts';

const nl = createResultContext('nl', { charts: false });
const en = createResultContext('en', { charts: false });

describe('Altum warnings in plain words', () => {
  it('explains a corrected insulation level (03) and glazing level (04)', () => {
    const wall = {
      code: '03',
      description:
        'wall_insulation: 2 is not allowed for build_year: 2010. Allowed values: [4]. Set wall_insulation: 4.',
    };
    expect(translateWarning(wall, en)).toBe(
      'Wall insulation ‘moderate’ is not possible for a house built in 2010; Altum used ‘very good’.',
    );
    expect(translateWarning(wall, nl)).toBe(
      'Gevelisolatie ‘matig’ kan niet bij bouwjaar 2010; Altum rekende met ‘zeer goed’.',
    );
    const glass = {
      code: '04',
      description:
        'living_room_windows: 1 is not valid for build_year: 2010. Allowed values: [2, 3, 4]. Value has been adjusted to living_room_windows: 3.',
    };
    expect(translateWarning(glass, nl)).toBe(
      'Glas woonkamer ‘enkel glas’ kan niet bij bouwjaar 2010; Altum rekende met ‘HR++ glas’.',
    );
  });

  it('explains corrected living areas (01, 02) and ignored heat use (05)', () => {
    const low = {
      code: '01',
      description:
        'inner_surface_area: 30.0 is below the minimum limit of 53.8. Value has been adjusted to inner_surface_area: 53.8.',
    };
    expect(translateWarning(low, nl)).toBe(
      'Het woonoppervlak van 30 m² is lager dan Altum toestaat; er is gerekend met 53,8 m².',
    );
    expect(
      translateWarning(
        {
          code: 2,
          description:
            'inner_surface_area: 200.0 is outside the maximum limit of 33.75. Value has been adjusted to inner_surface_area: 33.75.',
        },
        en,
      ),
    ).toBe('The living area of 200 m² is above what Altum allows; it calculated with 33.75 m².');
    expect(translateWarning({ code: '05', description: 'heat_usage is not valid with installat' }, en)).toBe(
      'Heat use only counts with district heating; Altum ignored the heat use you gave.',
    );
  });

  it("falls back to Altum's own text for unknown codes or templates", () => {
    expect(translateWarning({ code: '07', description: 'Something new.' }, en)).toBe(
      'Altum adjusted the input: Something new.',
    );
    expect(translateWarning({ code: '03', description: 'garbled' }, nl)).toBe(
      'Altum heeft de invoer aangepast: garbled',
    );
  });
});
