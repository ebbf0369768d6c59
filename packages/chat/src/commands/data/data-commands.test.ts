import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAltumClient } from '@altum-chat/core';
import { openStore, type Store } from '@altum-chat/store';
import { type FakeAltum, startFakeAltum } from '@altum-chat/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/locale.ts';
import { toPlainText } from '../../reply/plain-text.ts';
import { catalogues, createTranslator } from '../../i18n/translate.ts';
import { readMeasure } from '../../grammar/measure-reader.ts';
import { parseText } from '../../grammar/parse-text.ts';
import { defaultRegistry } from '../registry.ts';
import type { CommandContext } from '../define-command.ts';
import { deltaCommand } from './delta.ts';

let fake: FakeAltum;
let store: Store;
let dataDir: string;
let client: ReturnType<typeof createAltumClient>;

beforeAll(async () => {
  fake = await startFakeAltum();
  dataDir = await mkdtemp(join(tmpdir(), 'altum-chat-data-'));
  store = await openStore({ dataDir });
  client = createAltumClient({ baseUrl: fake.url, retry: { attempts: 1 } });
});

afterAll(async () => {
  await client.close();
  await fake.close();
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

function context(locale: Locale): CommandContext {
  const apiKey = fake.apiKey;
  return {
    requester: { platform: 'playground', teamId: 'local', userId: 'tester', locale },
    locale,
    t: createTranslator(locale),
    call: (id, input) => client.call(id, input, { apiKey }),
    callWithMeta: (id, input) => client.callWithMeta(id, input, { apiKey }),
    demo: true,
    store,
    signal: new AbortController().signal,
    now: () => new Date('2026-01-15T12:00:00Z'),
  };
}

async function run(text: string, locale: Locale) {
  const parsed = parseText(text, defaultRegistry, { readMeasure });
  return parsed.command.run(parsed.args, context(locale));
}

const plain = async (text: string, locale: Locale) => {
  const body = await run(text, locale);
  return { body, text: toPlainText({ ...body, kind: 'result' }, { locale }) };
};

const HOUSE = '1071AA 28B';
const APARTMENT = '1017CE 101-A02';

/** Per command, what a person must read in each language (from the testkit fixtures). */
const cases: readonly { text: string; nl: readonly string[]; en: readonly string[] }[] = [
  {
    text: `value ${HOUSE}`,
    nl: ['Woningwaarde Bellefleurhof 28-B, Zoetermeer', 'Geschatte waarde:', '€ 355.012', '90% betrouwbaarheidsinterval', '€ 327.363 – € 429.880', '121 m²'],
    en: ['Valuation Bellefleurhof 28-B, Zoetermeer', 'Estimated value:', '€355,012', '90% confidence interval', '€327,363 – €429,880'],
  },
  {
    text: `valueplus ${HOUSE}`,
    nl: ['Woningwaarde+', '€ 689.000', '€ 631.000 – € 752.000', 'Energielabel:', 'Vrijstaande woning'],
    en: ['Valuation+', '€689,000', '€631,000 – €752,000', 'Energy label:'],
  },
  {
    text: `woz ${HOUSE}`,
    nl: ['WOZ-waarden Zuidkade 28-B, Boskoop', '€ 630.000 (peildatum 1 januari 2022)', 'Geïndexeerd naar nu:', '€ 644.942', '+14,3%', '+6,4%'],
    en: ['WOZ values', '€630,000 (reference date 1 January 2022)', 'Change on the year before:', '+14.3%'],
  },
  {
    text: `label ${HOUSE}`,
    nl: ['Energielabel 1071AA 28-B', 'Geschat energielabel C.', 'C (NEN7120, geldig tot december 2030)', 'gevelisolatie', 'matig', 'HR-combiketel'],
    en: ['Energy label 1071AA 28-B', 'Estimated energy label C.', 'wall insulation', 'moderate', 'HR combi boiler'],
  },
  {
    text: `advice ${HOUSE} target=B`,
    nl: ['Verduurzamingsadvies', 'Doellabel:', 'Van label F naar A voor € 41.251, besparing € 2.210 per jaar.', 'Waardestijging (Ecowaarde):', 'gevelisolatie', 'matig → zeer goed'],
    en: ['Sustainability advice', 'Target label:', 'From label F to A for €41,251, saving €2,210 per year.', 'Value increase (Ecowaarde):', 'wall insulation', 'moderate → very good'],
  },
  {
    text: `delta ${HOUSE} wall_insulation=good installation=heat_pump`,
    nl: ['Wat als Dorpstraat 28-B, Amsterdam', 'Met deze maatregelen gaat label E naar A voor € ', 'gevelisolatie: goed', 'Gevelisolatie niveau 2 kan niet bij bouwjaar 2010; Altum rekende met niveau 4.', 'gevelisolatie wijzigen'],
    en: ['What-if Dorpstraat 28-B, Amsterdam', 'These measures take label E to A for €', 'wall insulation: good', 'Wall insulation level 2 is not possible for a house built in 2010; Altum used level 4.', 'Change wall insulation'],
  },
  {
    text: `comparables ${HOUSE}`,
    nl: ['Vergelijkbare verkopen', 'Bellefleurhof 12, Zoetermeer', 'juni 2023', '€ 350.000 – € 375.000', '€ 3.072', '140 m'],
    en: ['Comparable sales', 'Bellefleurhof 12, Zoetermeer', 'June 2023', '€350,000 – €375,000', '€3,072'],
  },
  {
    text: `transactions ${HOUSE}`,
    nl: ['Kadastertransacties Parklaan 28-B, Boskoop', '2 transacties; de laatste op 1 oktober 2019 voor € 500.000.', '15 maart 2010'],
    en: ['Kadaster transactions Parklaan 28-B, Boskoop', '2 transactions; the last one on 1 October 2019 for €500,000.'],
  },
  {
    text: `listing ${HOUSE}`,
    nl: ['Aanbod Bellefleurhof 28-B', 'Te koop voor € 425.000.', 'Te koop sinds:', '8 januari 2024'],
    en: ['Listing Bellefleurhof 28-B', 'Listed for €425,000.', 'Listed since:', '8 January 2024'],
  },
  {
    text: `features ${HOUSE}`,
    nl: ['Woningkenmerken Koningsstraat 28-B, Amsterdam', 'Huis · Tussen/rijwoning, bouwjaar 1906, 216 m² woonoppervlak.', 'Nieuwmarkt'],
    en: ['Building features', 'built in 1906, 216 m² living area.', 'Neighbourhood:'],
  },
  {
    text: 'subsidies 3511AA',
    nl: ['Subsidies en leningen 3511AA', '4 regelingen gevonden voor postcode 3511AA.', 'Landelijk', 'ISDE warmtepomp', '€ 2.675'],
    en: ['Subsidies and loans 3511AA', '4 schemes found for postcode 3511AA.', 'National', '€2,675'],
  },
  {
    text: `rebuild ${HOUSE}`,
    nl: ['Herbouwwaarde Zuidkade 28-B, Boskoop', 'Herbouwwaarde € 558.412.', 'WOZ-waarde:', '€ 633.822'],
    en: ['Rebuild value Zuidkade 28-B, Boskoop', 'Rebuild value €558,412.', 'WOZ value:'],
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
    expect(fake.requests.at(-1)?.path).toBe('/v2/sustainability/apartments/delta');
  });

  it('sends the chosen measures as Delta targets', async () => {
    fake.reset();
    await run(`delta ${HOUSE} gevelisolatie=zeer-goed glas=hr++ zonnepanelen=10`, 'nl');
    expect(fake.requests.at(-1)?.body).toMatchObject({
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
    fake.reset();
    const ref = (floor?.id ?? '').slice('delta:'.length);
    const next = await deltaCommand.action?.(ref, '4', context('en'));
    expect(fake.requests.at(-1)?.body).toMatchObject({
      target_wall_insulation: 3,
      target_installation: 6,
      target_floor_insulation: 4,
    });
    expect(next?.fields.find((f) => f.label === 'Chosen measures')?.value).toBe(
      'wall insulation: good, heating installation: electric air-to-water heat pump, floor insulation: very good',
    );
    const dropped = await deltaCommand.action?.('1071AA|28|B|w3i6|w', '-', context('en'));
    expect(fake.requests.at(-1)?.body).not.toHaveProperty('target_wall_insulation');
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

  it('takes every user-facing text from the catalogue of the reply language', async () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const locale of ['nl', 'en'] as const) {
      const templates = Object.values(catalogues[locale]).map(
        (template) => new RegExp(`^${escape(template).replace(/\\\{\w+\\\}/g, '.+')}$`, 's'),
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
