import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAKE_ADDRESSES, FAKE_KEYS, startFakeAltum } from '@altum-chat/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlayground } from './run-playground.ts';

const BANNER = '*** DEMO DATA ***';
const HOUSE = '1071AA 28B';
const NOT_FOUND = `${FAKE_ADDRESSES.notFound.postcode} ${FAKE_ADDRESSES.notFound.housenumber}`;

/** Every command of the README command table, plus help, a usage error and an unknown address; one reply each. */
const script: readonly { line: string; expect: readonly (string | RegExp)[] }[] = [
  { line: 'help', expect: ['Altum commands', '`delta`', '`subsidies`', '`rebuild`'] },
  {
    line: `value ${HOUSE}`,
    expect: [
      'Valuation Van Baerlestraat 28-B, Amsterdam',
      /Estimated value: +€\d,\d{3},\d{3}/,
      '201 m²',
      '1903',
    ],
  },
  { line: `valueplus ${HOUSE}`, expect: ['Valuation+ Van Baerlestraat 28-B, Amsterdam', '201 m²'] },
  {
    line: `woz ${HOUSE}`,
    expect: [
      'WOZ values Van Baerlestraat 28-B, Amsterdam',
      /€\d,\d{3},\d{3} \(reference date 1 January 20\d\d\)/,
      '+17.2%',
      /charts\/.+woz-history\.png/,
    ],
  },
  { line: `label ${HOUSE}`, expect: ['Energy label 1071AA 28-B [E]', 'Estimated energy label E.'] },
  {
    line: `advice ${HOUSE} target=B`,
    expect: ['Sustainability advice', 'From label E to B for €23,610', /label-ladder\.png/],
  },
  {
    line: `delta ${HOUSE} wall_insulation=good installation=heat_pump`,
    expect: ['What-if', 'wall insulation: good', 'Change wall insulation', /measure-costs\.png/],
  },
  { line: `watals ${HOUSE} gevelisolatie=zeer_goed`, expect: ['What-if', 'wall insulation: very good'] },
  { line: `comparables ${HOUSE}`, expect: ['Comparable sales', ', Amsterdam'] },
  { line: `transactions ${HOUSE}`, expect: ['Kadaster transactions', '4 January 2012', '€1,128,000'] },
  {
    line: `listing ${HOUSE}`,
    expect: ['Listing Van Baerlestraat 28-B, Amsterdam', /Listed for €\d,\d{3},\d{3}\./],
  },
  { line: `features ${HOUSE}`, expect: ['Building features', 'Museumkwartier'] },
  { line: 'subsidies 3511AA', expect: ['Subsidies and loans 3511AA', 'ISDE warmtepomp', '€2,675'] },
  { line: `rebuild ${HOUSE}`, expect: ['Rebuild value €976,800.'] },
  { line: 'credits 24', expect: ['Credits used, last 24 hours', 'avmapi'] },
  { line: 'key status', expect: ['API keys', 'Shared fallback key: …0001'] },
  { line: 'usage', expect: ['Usage, last 24 hours', 'comparables'] },
  { line: `value ${NOT_FOUND}`, expect: ['Address not found', 'value 1071AA 28B'] },
  { line: 'value 1071AA', expect: ['The house number is missing after the postcode.'] },
  { line: 'settings language nl', expect: ['Nederlands'] },
  {
    line: `waarde ${HOUSE}`,
    expect: [
      'Woningwaarde Van Baerlestraat 28-B, Amsterdam',
      /Geschatte waarde: +€ \d\.\d{3}\.\d{3}/,
      'DEMOGEGEVENS',
    ],
  },
];

/** Lines whose replies show no data, so they carry no demo marking. */
const NO_DATA = new Set(['help', 'key status', 'usage', 'value 1071AA', 'settings language nl']);

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'altum-playground-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('playground (piped, demo mode)', () => {
  it('prints a correct reply for every command, marked as demo data', { timeout: 60_000 }, async () => {
    const result = await runPlayground(
      script.map((s) => s.line),
      { DATA_DIR: dataDir, DEFAULT_LOCALE: 'en' },
    );
    expect(result.stderr).toBe('');
    // The script has an unknown address and a usage error in it: a script learns that from the code.
    expect(result.code).toBe(1);
    // Every reply ends with its footer line (`-- … ref XXXXXXXX`).
    const replies = result.stdout
      .split(/^-- .*ref [0-9A-Z]{8}$/m)
      .slice(0, -1)
      .map((chunk) => chunk.trim());
    expect(replies).toHaveLength(script.length);
    script.forEach((step, i) => {
      for (const wanted of step.expect) {
        if (typeof wanted === 'string') expect(replies[i], step.line).toContain(wanted);
        else expect(replies[i], step.line).toMatch(wanted);
      }
      // Demo marking on replies that show (made-up) data only; help, usage, settings and key replies show none.
      const marked = /^\*\*\* (?:DEMO DATA|DEMOGEGEVENS) \*\*\*$/m.test(replies[i] ?? '');
      expect(marked, step.line).toBe(!NO_DATA.has(step.line));
    });
    expect(result.stdout.startsWith('Altum commands')).toBe(true);
    const charts = await readdir(join(dataDir, 'charts'));
    expect(charts.some((name) => name.endsWith('woz-history.png'))).toBe(true);
  });

  it('exits 0 when every command worked; suggests a command for a bare address; a number picks a menu option', {
    timeout: 60_000,
  }, async () => {
    const ownDir = await mkdtemp(join(tmpdir(), 'altum-playground-menu-'));
    const result = await runPlayground(
      [`delta ${HOUSE} wall_insulation=good`, '4', HOUSE, 'help', 'quit', `value ${HOUSE}`],
      { DATA_DIR: ownDir, DEFAULT_LOCALE: 'en' },
    ).finally(() => rm(ownDir, { recursive: true, force: true }));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The Delta menus number their options; [4] is "good" for wall insulation, [5] "very good".
    expect(result.stdout).toMatch(/Change wall insulation: \[1\] .*\[4\] \*good\*/);
    const [first, second] = result.stdout.split(/^-- .*ref [0-9A-Z]{8}$/m);
    expect(first).toContain('wall insulation: good');
    expect(second).toContain('What-if');
    expect(second).toContain('wall insulation: good');
    expect(result.stdout).toContain('That looks like an address. Try `value 1071AA 28-B`');
    // `quit` ends the session: the value after it never runs.
    expect(result.stdout).not.toContain('Valuation');
  });

  it('links a key from piped input without echoing it, then answers live', { timeout: 60_000 }, async () => {
    await using fake = await startFakeAltum();
    const liveDir = await mkdtemp(join(tmpdir(), 'altum-playground-live-'));
    try {
      const result = await runPlayground(['key login', FAKE_KEYS.valid, `value ${HOUSE}`], {
        DATA_DIR: liveDir,
        DEFAULT_LOCALE: 'en',
        ALTUM_BASE_URL: fake.url,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain(FAKE_KEYS.valid);
      expect(result.stderr).not.toContain(FAKE_KEYS.valid);
      expect(result.stdout).toContain('Valuation Van Baerlestraat 28-B, Amsterdam');
      expect(result.stdout).not.toContain(BANNER);
      expect(fake.requests.some((r) => r.path === '/avm' && r.keyValid)).toBe(true);
    } finally {
      await rm(liveDir, { recursive: true, force: true });
    }
  });
});
