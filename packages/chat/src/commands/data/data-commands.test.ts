import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandHarness, createCommandHarness } from '../../../test/command-harness.ts';
import type { Locale } from '../../i18n/locale.ts';
import { PLURAL_PATTERN } from '../../i18n/define-catalogue.ts';
import { catalogues } from '../../i18n/translate.ts';
import { toPlainText } from '../../reply/plain-text.ts';
import { deltaCommand } from './delta.ts';

/** The fake's and the commands' clock, so valuation dates and WOZ years stay put. */
const NOW = new Date('2026-01-15T12:00:00Z');
let h: CommandHarness;
beforeAll(async () => {
  h = await createCommandHarness(NOW);
});
afterAll(() => h.close());

const context = (locale: Locale) => h.context(locale);
const run = (text: string, locale: Locale) => h.run(text, locale);

const plain = async (text: string, locale: Locale) => {
  const body = await run(text, locale);
  return { body, text: toPlainText({ ...body, kind: 'result' }, { locale }) };
};

const HOUSE = '1071AA 28B';
const APARTMENT = '1017CE 101-A02';

/**
 * Per command, what a person must read in each language: the testkit's demo dwelling at 1071AA 28B
 * (a 1903 herenhuis on the Van Baerlestraat, label E), valued on the fake's pinned clock.
 */
const cases: readonly { text: string; nl: readonly string[]; en: readonly string[] }[] = [
  {
    text: `value ${HOUSE}`,
    nl: ['Woningwaarde Van Baerlestraat 28-B, Amsterdam', 'Geschatte waarde:', '€ 2.287.297', '90% betrouwbaarheidsinterval', '€ 2.104.313 – € 2.497.728', '201 m²', '1903'],
    en: ['Valuation Van Baerlestraat 28-B, Amsterdam', 'Estimated value:', '€2,287,297', '90% confidence interval', '€2,104,313 – €2,497,728'],
  },
  {
    text: `valueplus ${HOUSE}`,
    nl: ['Woningwaarde+ Van Baerlestraat 28-B, Amsterdam', '€ 2.236.000', '€ 2.101.840 – € 2.390.284', 'Energielabel:', '201 m²'],
    en: ['Valuation+', '€2,236,000', '€2,101,840 – €2,390,284', 'Energy label:'],
  },
  {
    text: `woz ${HOUSE}`,
    nl: ['WOZ-waarden Van Baerlestraat 28-B, Amsterdam', '€ 1.922.000 (peildatum 1 januari 2024)', 'Geïndexeerd naar nu:', '€ 2.194.029', '+17,2%', '-2,9%'],
    en: ['WOZ values', '€1,922,000 (reference date 1 January 2024)', 'Change on the year before:', '+17.2%'],
  },
  {
    text: `label ${HOUSE}`,
    nl: ['Energielabel 1071AA 28-B', 'Geschat energielabel E.', '320 kWh/m² per jaar', 'gevelisolatie', 'HR++ glas', 'HR-combiketel', '1903', '201 m²'],
    en: ['Energy label 1071AA 28-B', 'Estimated energy label E.', 'wall insulation', 'moderate', 'HR combi boiler'],
  },
  {
    text: `advice ${HOUSE} target=B`,
    nl: ['Verduurzamingsadvies Van Baerlestraat 28-B, Amsterdam', 'Doellabel:', 'Van label E naar B voor € 23.610, besparing € 1.780 per jaar.', 'Waardestijging (Ecowaarde):', 'gevelisolatie', 'geen → goed'],
    en: ['Sustainability advice', 'Target label:', 'From label E to B for €23,610, saving €1,780 per year.', 'Value increase (Ecowaarde):', 'wall insulation', 'none → good'],
  },
  {
    text: `delta ${HOUSE} wall_insulation=good installation=heat_pump`,
    nl: ['Wat als Van Baerlestraat 28-B, Amsterdam', 'Met deze maatregelen gaat label E naar A+ voor € 24.590', 'gevelisolatie: goed', 'HR-combiketel → elektrische lucht-waterwarmtepomp', 'gevelisolatie wijzigen'],
    en: ['What-if Van Baerlestraat 28-B, Amsterdam', 'These measures take label E to A+ for €24,590', 'wall insulation: good', 'Change wall insulation'],
  },
  {
    text: 'delta 1312CD 5 wall=moderate',
    nl: ['Wat als Stadhuisplein 5, Almere', 'Gevelisolatie ‘matig’ kan niet bij bouwjaar 2015; Altum rekende met ‘zeer goed’.'],
    en: ['What-if Stadhuisplein 5, Almere', 'Wall insulation ‘moderate’ is not possible for a house built in 2015; Altum used ‘very good’.'],
  },
  {
    text: `comparables ${HOUSE}`,
    nl: ['Vergelijkbare verkopen', 'Beethovenstraat 145, Amsterdam', 'juni 2025', '€ 2.050.000 – € 2.075.000', '€ 10.577', '173 m'],
    en: ['Comparable sales', 'Beethovenstraat 145, Amsterdam', 'June 2025', '€2,050,000 – €2,075,000', '€10,577'],
  },
  {
    text: `transactions ${HOUSE}`,
    nl: ['Kadastertransacties Van Baerlestraat 28-B, Amsterdam', '3 transacties; de laatste op 4 januari 2012 voor € 1.128.000.', '14 maart 1997'],
    en: ['Kadaster transactions Van Baerlestraat 28-B, Amsterdam', '3 transactions; the last one on 4 January 2012 for €1,128,000.'],
  },
  {
    text: `listing ${HOUSE}`,
    nl: ['Aanbod Van Baerlestraat 28-B, Amsterdam', 'Te koop voor € 2.380.000.', 'Te koop sinds:', '5 december 2025'],
    en: ['Listing Van Baerlestraat 28-B, Amsterdam', 'Listed for €2,380,000.', 'Listed since:', '5 December 2025'],
  },
  {
    text: `features ${HOUSE}`,
    nl: ['Woningkenmerken Van Baerlestraat 28-B, Amsterdam', 'Huis · Tussenwoning, bouwjaar 1903, 201 m² woonoppervlak.', 'Museumkwartier'],
    en: ['Building features', 'built in 1903, 201 m² living area.', 'Neighbourhood:'],
  },
  {
    text: 'subsidies 3511AA',
    nl: ['Subsidies en leningen 3511AA', '4 regelingen gevonden voor postcode 3511AA.', 'Landelijk', 'ISDE warmtepomp', '€ 2.675', 'gemeente Utrecht'],
    en: ['Subsidies and loans 3511AA', '4 schemes found for postcode 3511AA.', 'National', '€2,675'],
  },
  {
    text: `rebuild ${HOUSE}`,
    nl: ['Herbouwwaarde Van Baerlestraat 28-B, Amsterdam', 'Herbouwwaarde € 976.800.', 'WOZ-waarde:', '€ 1.922.000'],
    en: ['Rebuild value Van Baerlestraat 28-B, Amsterdam', 'Rebuild value €976,800.', 'WOZ value:'],
  },
];

describe('data command replies', () => {
  for (const locale of ['nl', 'en'] as const) {
    it.each(cases)(`$text (${locale})`, async (c) => {
      const { text } = await plain(c.text, locale);
      for (const expected of c[locale]) expect(text).toContain(expected);
    });
  }

  it('shows the current situation with a working example when no measures are chosen', async () => {
    const { text } = await plain(`delta ${HOUSE}`, 'en');
    expect(text).toContain('No measures chosen: this is the current situation.');
    expect(text).toContain('`delta 1071AA 28-B wall_insulation=good installation=heat_pump`');
  });

  it('renders charts for woz, advice and delta', async () => {
    expect((await run(`woz ${HOUSE}`, 'nl')).charts.map((c) => c.name)).toEqual(['woz-history']);
    expect((await run(`delta ${HOUSE} wall=4`, 'en')).charts.map((c) => c.name)).toEqual([
      'label-ladder',
      'measure-costs',
    ]);
  });

  it('answers an apartment through the apartments Delta and says so', async () => {
    const { body, text } = await plain(`delta ${APARTMENT} gevelisolatie=goed`, 'nl');
    expect(text).toContain('Berekend als appartement.');
    expect(body.actions.map((a) => a.type === 'select' && a.placeholder)).toContain('dakisolatie wijzigen');
    expect(h.fake.requests.at(-1)?.path).toBe('/v2/sustainability/apartments/delta');
  });

  it('sends the chosen measures as Delta targets', async () => {
    h.fake.reset();
    await run(`delta ${HOUSE} gevelisolatie=zeer-goed glas=hr++ zonnepanelen=10`, 'nl');
    expect(h.fake.requests.at(-1)?.body).toMatchObject({
      postcode: '1071AA',
      housenumber: 28,
      houseaddition: 'B',
      target_wall_insulation: 4,
      target_living_room_windows: 3,
      solar_panels: [{ pv_total_watt_peak: 4000 }],
    });
  });

  it('recomputes when a select changes one measure, keeping the others', async () => {
    const first = await run(`delta ${HOUSE} wall_insulation=good installation=heat_pump`, 'en');
    const floor = first.actions.find((a) => a.type === 'select' && a.id.endsWith('|f'));
    expect(floor?.id).toBe('delta:1071AA|28|B|w3i6|f');
    h.fake.reset();
    const ref = (floor?.id ?? '').slice('delta:'.length);
    const next = await deltaCommand.action?.(ref, '4', context('en'));
    expect(h.fake.requests.at(-1)?.body).toMatchObject({
      target_wall_insulation: 3,
      target_installation: 6,
      target_floor_insulation: 4,
    });
    expect(next?.fields.find((f) => f.label === 'Chosen measures')?.value).toBe(
      'wall insulation: good, heating installation: electric air-to-water heat pump, floor insulation: very good',
    );
    const dropped = await deltaCommand.action?.('1071AA|28|B|w3i6|w', '-', context('en'));
    expect(h.fake.requests.at(-1)?.body).not.toHaveProperty('target_wall_insulation');
    expect(dropped?.actions[0]).toMatchObject({ id: 'delta:1071AA|28|B|i6|w' });
  });

  it('refuses a tampered action id with a usage error', async () => {
    await expect(deltaCommand.action?.('1071AA|28|B|zz', '3', context('nl'))).rejects.toMatchObject({
      kind: 'usage',
      messageKey: 'delta.staleAction',
    });
    await expect(deltaCommand.action?.('1071AA|28|B|w3|w', '9', context('nl'))).rejects.toMatchObject({
      kind: 'usage',
      messageKey: 'delta.badLevel',
    });
  });

  it('takes every user-facing text from the catalogue of the reply language', { timeout: 30_000 }, async () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const locale of ['nl', 'en'] as const) {
      const templates = Object.values(catalogues[locale]).map(
        (template) =>
          new RegExp(`^${escape(template.replace(PLURAL_PATTERN, '{plural}')).replace(/\\\{\w+\\\}/g, '.+')}$`, 's'),
      );
      const fromCatalogue = (text: string) => templates.some((re) => re.test(text));
      for (const c of cases) {
        const body = await run(c.text, locale);
        const texts = [
          body.title,
          ...(body.summary ? [body.summary] : []),
          ...body.fields.map((f) => f.label),
          ...body.tables.flatMap((t) => [...(t.title ? [t.title] : []), ...t.columns]),
          ...body.warnings,
          ...body.charts.flatMap((chart) => [chart.title, chart.alt]),
          ...body.actions.map((a) => (a.type === 'select' ? a.placeholder : a.label)),
        ];
        for (const text of texts) expect(fromCatalogue(text), `${locale}: ${c.text}: "${text}"`).toBe(true);
      }
    }
  });
});
