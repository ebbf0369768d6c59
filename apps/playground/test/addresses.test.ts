import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  demoAddress,
  FAKE_KEYS,
  findPdokDemo,
  PDOK_DEMO_ADDRESSES,
  startFakeAltum,
  startFakePdok,
} from '@altum-chat/testkit';
import { describe, expect, it } from 'vitest';
import { runPlayground } from './run-playground.ts';

const DAMRAK = findPdokDemo('1012LG', 1);
const FUNDA = 'https://www.funda.nl/detail/koop/amsterdam/appartement-damrak-1/43210987/';

/** Runs the playground live against this test's fake Altum and fake PDOK, in its own data folder (own cache). */
async function session(lines: readonly string[], locale: 'en' | 'nl') {
  const altum = await startFakeAltum();
  const pdok = await startFakePdok();
  const dataDir = await mkdtemp(join(tmpdir(), 'altum-playground-address-'));
  try {
    const result = await runPlayground(lines, {
      DATA_DIR: dataDir,
      DEFAULT_LOCALE: locale,
      ALTUM_API_KEY: FAKE_KEYS.valid,
      ALTUM_BASE_URL: altum.url,
      PDOK_LOCATIESERVER_URL: pdok.url,
    });
    const avm = altum.requests
      .filter((r) => r.operationId === 'avm')
      .map((r) => r.body as { postcode?: string; housenumber?: number });
    return { ...result, avm, altumRequests: altum.requests.length, pdokRequests: pdok.requests.length };
  } finally {
    await Promise.all([altum.close(), pdok.close(), rm(dataDir, { recursive: true, force: true })]);
  }
}

describe('playground: addresses as people write them (PDOK_LOCATIESERVER_URL at a fake PDOK)', () => {
  it('the fakes agree: Damrak 1 is 1012LG in Amsterdam, and Kerkstraat 1 is in several towns', () => {
    expect(DAMRAK).toMatchObject({ straatnaam: 'Damrak', postcode: '1012LG', woonplaatsnaam: 'Amsterdam' });
    expect(DAMRAK.nummeraanduiding_id).toMatch(/^\d{4}20\d{10}$/);
    expect(demoAddress({ postcode: '1012LG', housenumber: 1 })).toMatchObject({
      street: 'Damrak',
      city: 'Amsterdam',
    });
    const kerkstraat = PDOK_DEMO_ADDRESSES.filter((a) => a.straatnaam === 'Kerkstraat' && a.huisnummer === 1);
    expect(new Set(kerkstraat.map((a) => a.woonplaatsnaam)).size).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['value Damrak 1 Amsterdam', 'en', 'Valuation Damrak 1, Amsterdam'],
    ['waarde Damrak 1, 1012LG', 'nl', 'Woningwaarde Damrak 1, Amsterdam'],
    [`value ${FUNDA}`, 'en', 'Valuation Damrak 1, Amsterdam'],
    [`value ${DAMRAK.nummeraanduiding_id}`, 'en', 'Valuation Damrak 1, Amsterdam'],
  ] as const)(
    '%s sends Altum exactly one request, for 1012LG 1',
    { timeout: 60_000 },
    async (line, locale, title) => {
      const run = await session([line], locale);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(title);
      expect(run.avm).toEqual([expect.objectContaining({ postcode: '1012LG', housenumber: 1 })]);
      expect(run.altumRequests).toBe(1);
      expect(run.pdokRequests).toBeGreaterThan(0);
      expect(run.stdout).not.toContain('API key');
    },
  );

  it('value Kerkstraat 1 answers with a numbered picker and sends Altum nothing; a number picks one', {
    timeout: 60_000,
  }, async () => {
    const asked = await session(['value Kerkstraat 1', 'Damrak 1 Amsterdam'], 'en');
    expect(asked.code).toBe(0);
    // An address without a command gets the command that takes it, and costs nothing.
    expect(asked.stdout).toContain('That looks like an address. Try `value Damrak 1 Amsterdam`');
    expect(asked.stdout).toContain('Which address do you mean?');
    expect(asked.stdout).toMatch(/^ {2}\[1\] Kerkstraat 1, \d{4}[A-Z]{2} /m);
    expect(asked.stdout).toMatch(/^ {2}\[3\] Kerkstraat 1, /m);
    expect(asked.altumRequests).toBe(0);

    const picked = await session(['waarde Kerkstraat 1', '2'], 'nl');
    expect(picked.stdout).toContain('Welk adres bedoel je?');
    const second = /^ {2}\[2\] Kerkstraat 1, (\d{4}[A-Z]{2}) /m.exec(picked.stdout)?.[1];
    expect(second).toBeDefined();
    expect(picked.avm).toEqual([expect.objectContaining({ postcode: second, housenumber: 1 })]);
    expect(picked.stdout).toContain('Woningwaarde Kerkstraat 1');
  });
});
