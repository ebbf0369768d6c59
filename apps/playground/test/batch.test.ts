import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAKE_KEYS, makePortfolio, startFakeAltum } from '@altum-chat/testkit';
import { expect, it } from 'vitest';
import { runPlayground } from './run-playground.ts';

it('batch value book.csv: estimate, confirm, progress, CSV and XLSX under DATA_DIR', {
  timeout: 120_000,
}, async () => {
  await using fake = await startFakeAltum();
  const dir = await mkdtemp(join(tmpdir(), 'altum-playground-batch-'));
  try {
    const portfolio = makePortfolio({ distinct: 395, duplicates: 100, bad: 5 });
    const file = join(dir, 'book.csv');
    await writeFile(file, portfolio.csv);
    const result = await runPlayground([`batch value ${file}`, 'yes'], {
      DATA_DIR: join(dir, 'data'),
      DEFAULT_LOCALE: 'en',
      ALTUM_BASE_URL: fake.url,
      ALTUM_API_KEY: FAKE_KEYS.valid,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Rows read:');
    expect(result.stdout).toMatch(/Distinct addresses:\s+395/);
    expect(result.stdout).toMatch(/Rows it cannot use:\s+5/);
    expect(result.stdout).toContain('Batch value started');
    expect(result.stdout).toMatch(/█+░* \d+\/395 addresses/);
    expect(result.stdout).toContain('Batch value: done');
    // One upstream call per distinct valid address, none for duplicates or bad rows.
    expect(fake.countFor('avm')).toBe(395);
    const written = [...result.stdout.matchAll(/^Written: (.+)$/gm)].map((m) => m[1] as string);
    expect(written.map((p) => p.slice(-4))).toEqual(['.csv', 'xlsx']);
    const csv = await readFile(written[0] as string, 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(501);
    // The key never reaches the terminal, the result files or the database file.
    const files = await readdir(join(dir, 'data'));
    const everything = [
      result.stdout,
      result.stderr,
      csv,
      ...(await Promise.all(
        files
          .filter((f) => f.endsWith('.sqlite') || f.endsWith('-wal'))
          .map((f) => readFile(join(dir, 'data', f), 'latin1')),
      )),
    ];
    for (const text of everything) expect(text).not.toContain(FAKE_KEYS.valid);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
