import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AddressResolver, createAddressResolver } from '@altum-chat/address';
import { createAltumClient, getOperation } from '@altum-chat/core';
import { openStore } from '@altum-chat/store';
import { makePortfolio, startFakeAltum, startFakePdok } from '@altum-chat/testkit';
import { parse } from 'csv-parse/sync';
import readXlsx from 'read-excel-file/node';
import { expect, it } from 'vitest';
import type { ParsedArgs } from '../commands/define-command.ts';
import { createChatRunner } from '../runner/create-chat-runner.ts';
import type { Requester } from '../runner/types.ts';
import { type BatchEvent, createBatchService } from './batch-service.ts';

const alice: Requester = { platform: 'playground', teamId: 'local', userId: 'alice', locale: 'en' };

async function setup(options: { addresses?: AddressResolver } = {}) {
  const fake = await startFakeAltum();
  const dir = await mkdtemp(join(tmpdir(), 'altum-batch-'));
  const store = await openStore({ dataDir: dir });
  const client = createAltumClient({
    baseUrl: fake.url,
    retry: { attempts: 1 },
    cache: store.responseCache,
    timeoutMs: 30_000,
  });
  const runner = createChatRunner({ client, store, deploymentKey: fake.apiKey, defaultLocale: 'en' });
  const events: BatchEvent[] = [];
  let finished: (event: Extract<BatchEvent, { type: 'finished' }>) => void = () => {};
  const done = new Promise<Extract<BatchEvent, { type: 'finished' }>>((resolve) => {
    finished = resolve;
  });
  const service = createBatchService({
    store,
    client,
    runner,
    deploymentKey: fake.apiKey,
    progressIntervalMs: 0,
    ...options,
    onEvent(event) {
      events.push(event);
      if (event.type === 'finished') finished(event);
    },
  });
  await service.start();
  return {
    fake,
    store,
    client,
    runner,
    service,
    events,
    done,
    async [Symbol.asyncDispose]() {
      await service.stop();
      await client.close();
      await store.close();
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** `batch value` as the registry plans it: what every app hands the service with the file. */
const valueArgs = (h: Awaited<ReturnType<typeof setup>>) =>
  h.runner.plan(alice, { kind: 'text', text: 'batch value' }).args as ParsedArgs;

/** A second service on the same store, as after a restart: it resumes running jobs at start. */
async function restartService(h: Awaited<ReturnType<typeof setup>>, leaseMs: number) {
  let finished: (event: Extract<BatchEvent, { type: 'finished' }>) => void = () => {};
  const done = new Promise<Extract<BatchEvent, { type: 'finished' }>>((resolve) => {
    finished = resolve;
  });
  const service = createBatchService({
    store: h.store,
    client: h.client,
    runner: h.runner,
    deploymentKey: h.fake.apiKey,
    leaseMs,
    onEvent(event) {
      if (event.type === 'finished') finished(event);
    },
  });
  await service.start();
  return {
    done,
    async [Symbol.asyncDispose]() {
      await service.stop();
    },
  };
}

it('runs a 500-row portfolio with 20 % duplicates and 5 bad rows: estimate, confirm, progress, files', {
  timeout: 60_000,
}, async () => {
  await using h = await setup();
  const portfolio = makePortfolio({ distinct: 395, duplicates: 100, bad: 5 });
  expect(portfolio.rows).toBe(500);
  // Ten addresses were asked before: the cache answers them for free.
  for (const a of portfolio.addresses.slice(0, 10)) {
    const reply = await h.runner.run(alice, { kind: 'text', text: `value ${a.postcode} ${a.housenumber}` });
    expect(reply.kind).toBe('result');
  }
  h.fake.reset();

  const estimate = await h.service.prepare(alice, {
    args: valueArgs(h),
    fileName: 'book.csv',
    bytes: Buffer.from(portfolio.csv, 'utf8'),
  });
  const field = (label: string) => estimate.fields.find((f) => f.label === label)?.value;
  expect(field('Rows read')).toBe('500');
  expect(field('Rows it cannot use')).toBe('5');
  expect(field('Distinct addresses')).toBe('395');
  expect(field('Already answered in the cache (free)')).toBe('10');
  expect(field('Credits for the rest')).toBe(String(385 * (getOperation('avm')?.credits ?? 0)));
  expect(estimate.warnings[0]).toMatch(new RegExp(`^line ${portfolio.badLines[0]}: Postcodes 1000–1010`));
  expect(h.fake.requests).toHaveLength(0);
  const confirm = estimate.actions.find((a) => a.id.startsWith('batch:confirm:'));
  expect(confirm).toBeDefined();

  const started = await h.service.handleAction(alice, confirm?.id ?? '');
  expect(started?.title).toBe('Batch value started');
  const { result } = await h.done;

  // Upstream calls = distinct valid addresses not already cached, each exactly once.
  expect(h.fake.countFor('avm')).toBe(385);
  const asked = h.fake.requests.map((r) => JSON.stringify(r.body));
  expect(new Set(asked).size).toBe(asked.length);
  expect(h.events.some((e) => e.type === 'progress')).toBe(true);

  const csv = parse(result.csv.toString('utf8'), { delimiter: ';', bom: true }) as string[][];
  expect(csv).toHaveLength(501);
  const header = csv[0] ?? [];
  expect(header.slice(0, 5)).toEqual(['Postcode', 'Huisnummer', 'Toevoeging', 'Kenmerk', 'address read']);
  expect(header.at(-1)).toBe('error');
  const input = portfolio.csv.split('\r\n').map((line) => line.split(';'));
  for (const [i, row] of csv.slice(1).entries()) expect(row[3]).toBe(input[i + 1]?.[3]);
  const errors = csv.slice(1).filter((row) => row.at(-1) !== '');
  expect(errors).toHaveLength(5);
  const priceColumn = header.findIndex((h) => /value/i.test(h) && h !== 'address read');
  expect(priceColumn).toBeGreaterThan(4);
  expect(csv.slice(1).filter((row) => row[priceColumn] !== '')).toHaveLength(495);

  const [sheet] = await readXlsx(result.xlsx);
  expect(sheet?.data).toHaveLength(501);
  expect(sheet?.data[1]?.[3]).toBe('ref-0');
  expect(result.summary.fields.find((f) => f.label === 'Credits spent')?.value).toBe(
    String(385 * (getOperation('avm')?.credits ?? 0)),
  );
});

it('refuses a file without address columns with the columns it found and an example', async () => {
  await using h = await setup();
  const reply = await h.service.prepare(alice, {
    args: valueArgs(h),
    fileName: 'x.csv',
    bytes: Buffer.from('naam,plaats\nJan,Delft\n'),
  });
  expect(reply.kind).toBe('usage');
  expect(reply.summary).toContain('Found: naam, plaats');
  expect(h.fake.requests).toHaveLength(0);
});

it('finishes a job whose row a dead process still holds (restart within the lease): the row is not sent again', {
  timeout: 30_000,
}, async () => {
  await using h = await setup();
  const portfolio = makePortfolio({ distinct: 6, duplicates: 0, bad: 0 });
  const estimate = await h.service.prepare(alice, {
    args: valueArgs(h),
    fileName: 'book.csv',
    bytes: Buffer.from(portfolio.csv, 'utf8'),
  });
  const jobId = estimate.footer?.reference ?? '';
  // What a process killed mid-request leaves: the job running, one row claimed under a live lease.
  expect(await h.store.batches.transition(jobId, ['estimated'], 'running')).toBe(true);
  const held = await h.store.batches.claimItem(jobId, 'killed-instance', 1_500);
  expect(held).toBeDefined();
  await using again = await restartService(h, 1_500);
  const { job } = await again.done;
  expect(job.id).toBe(jobId);
  const counts = await h.store.batches.counts(jobId);
  expect(counts).toMatchObject({ total: 6, open: 0, done: 5, failed: 1 });
  expect(h.fake.countFor('avm')).toBe(5);
  const item = (await h.store.batches.items(jobId)).find((i) => i.key === held?.key);
  expect(item?.state).toBe('failed');
});

it('looks up a single address column: one match is used, several or none are unusable rows with the line and why', {
  timeout: 30_000,
}, async () => {
  await using pdok = await startFakePdok();
  const addresses = createAddressResolver({ baseUrl: pdok.url });
  await using h = await setup({ addresses });
  const csv = [
    'adres;kenmerk',
    'Damrak 1 Amsterdam;a',
    'Amsterdam, Damrak 1;b',
    '1071AA 28B;c',
    'Kerkstraat 1;d',
    'Prinsengracht 263 Amsterdam;e',
    'Nergensstraat 99 Nergenshuizen;f',
  ].join('\n');
  const estimate = await h.service.prepare(alice, {
    args: valueArgs(h),
    fileName: 'a.csv',
    bytes: Buffer.from(csv),
  });
  const field = (label: string) => estimate.fields.find((f) => f.label === label)?.value;
  expect(field('Rows read')).toBe('6');
  expect(field('Rows it cannot use')).toBe('3');
  expect(field('Distinct addresses')).toBe('2');
  expect(estimate.warnings.slice(0, 3)).toEqual([
    'line 5: Several addresses match this text; give the postcode and house number.',
    'line 6: Several addresses match this text; give the postcode and house number.',
    expect.stringMatching(/^line 7: No address was found for this text/),
  ]);
  const confirm = estimate.actions.find((a) => a.id.startsWith('batch:confirm:'));
  await h.service.handleAction(alice, confirm?.id ?? '');
  const { result } = await h.done;
  const asked = h.fake.requests.map((r) => (r.body as { postcode?: string }).postcode).sort();
  expect(asked).toEqual(['1012LG', '1071AA']);
  const rows = parse(result.csv.toString('utf8'), { delimiter: ';', bom: true }) as string[][];
  expect(rows.map((row) => row[1])).toEqual(['kenmerk', 'a', 'b', 'c', 'd', 'e', 'f']);
  expect(rows.slice(1).map((row) => row.at(-1) === '')).toEqual([true, true, true, false, false, false]);
  await addresses.close();
});
