import { type BatchService, createBatchService } from '@altum-chat/chat';
import { getOperation } from '@altum-chat/core';
import { makePortfolio } from '@altum-chat/testkit';
import {
  buildCommandInteraction,
  buildComponentInteraction,
  FakeGateway,
  type RecordedDiscordCall,
  withAttachment,
} from '@altum-chat/testkit/discord';
import { parse } from 'csv-parse/sync';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordBatch } from '../src/batch/discord-batch.ts';
import { DISCORD_CDN_ORIGINS } from '../src/batch/download-attachment.ts';
import { createGatewayBot } from '../src/create-discord-bot.ts';
import { createDiscordRest } from '../src/create-rest.ts';
import type { GatewayBinding } from '../src/gateway/attach-gateway.ts';
import { type BotHarness, createBotHarness, editBodyOf } from './harness.ts';

const BOT_TOKEN = 'bot-token-for-the-fake';
const MAX_BYTES = 5 * 1024 * 1024;

interface Setup {
  readonly h: BotHarness;
  readonly gateway: FakeGateway;
  readonly bot: GatewayBinding;
  readonly service: BatchService;
  readonly finished: Promise<void>;
  close(): Promise<void>;
}

/** Gateway mode with portfolios: the real batch service and Discord delivery around the fakes. */
async function setup(options: { tokenLifeMs?: number } = {}): Promise<Setup> {
  const h = await createBotHarness({ cache: true });
  const rest = createDiscordRest({ apiUrl: h.discord.api, retries: 0, token: BOT_TOKEN });
  let deliver: (
    event: Parameters<NonNullable<Parameters<typeof createBatchService>[0]['onEvent']>>[0],
  ) => Promise<void> = async () => {};
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  const service = createBatchService({
    store: h.store,
    client: h.client,
    runner: h.deps.runner,
    deploymentKey: h.fake.apiKey,
    defaultLocale: 'en',
    progressIntervalMs: 100,
    async onEvent(event) {
      await deliver(event);
      if (event.type === 'finished') done();
    },
  });
  const batch = createDiscordBatch({
    service,
    runner: h.deps.runner,
    maxBytes: MAX_BYTES,
    cdnOrigins: [...DISCORD_CDN_ORIGINS, h.discord.cdnOrigin],
    rest,
    logger: h.logger,
    ...(options.tokenLifeMs === undefined ? {} : { tokenLifeMs: options.tokenLifeMs }),
  });
  deliver = batch.deliver;
  const gateway = new FakeGateway();
  const bot = createGatewayBot({ ...h.deps, batch, gateway, rest });
  await gateway.connect();
  await service.start();
  return {
    h,
    gateway,
    bot,
    service,
    finished,
    async close() {
      bot.detach();
      await service.stop();
      await h[Symbol.asyncDispose]();
    },
  };
}

let current: Setup | undefined;
/** A setup closed after the test, also when it fails. */
async function started(options: { tokenLifeMs?: number } = {}): Promise<Setup> {
  current = await setup(options);
  return current;
}
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function send(s: Setup, payload: APIInteraction): Promise<RecordedDiscordCall[]> {
  s.gateway.dispatchInteraction(payload);
  await s.bot.idle();
  return s.h.discord.calls.filter((call) => call.path.includes(`/${payload.token}/`));
}

/** `/altum batch command:value file:<book.csv>` with the file hosted on the fake CDN. */
function batchCommand(s: Setup, csv: string, url = s.h.discord.hostFile('book.csv', Buffer.from(csv))) {
  return withAttachment(buildCommandInteraction('altum', 'batch', { command: 'value' }), 'file', {
    id: '1200000000000000001',
    filename: 'book.csv',
    size: Buffer.byteLength(csv),
    url,
  });
}

const fieldsOf = (call: RecordedDiscordCall | undefined) =>
  (editBodyOf(call).embeds[0] as { fields?: { name: string; value: string }[] }).fields ?? [];

describe('Discord: /altum batch command:value file:<csv>', () => {
  it('500 rows, 20 % duplicates, 5 bad: estimate, Confirm, progress edits, CSV + XLSX; one call per uncached address', {
    timeout: 120_000,
  }, async () => {
    const s = await started();
    const portfolio = makePortfolio({ distinct: 395, duplicates: 100, bad: 5 });
    // Ten addresses were asked before: the cache answers them for free.
    const requester = { platform: 'discord' as const, teamId: '100', userId: '200', locale: 'en' };
    for (const a of portfolio.addresses.slice(0, 10)) {
      await s.h.deps.runner.run(requester, { kind: 'text', text: `value ${a.postcode} ${a.housenumber}` });
    }
    s.h.fake.reset();

    const command = batchCommand(s, portfolio.csv);
    const [ack, estimate] = await send(s, command);
    expect(ack?.body).toEqual({ type: 5, data: { flags: 64 } });
    const field = (name: string) => fieldsOf(estimate).find((f) => f.name === name)?.value;
    expect(field('Rows read')).toBe('500');
    expect(field('Rows it cannot use')).toBe('5');
    expect(field('Distinct addresses')).toBe('395');
    expect(field('Already answered in the cache (free)')).toBe('10');
    expect(s.h.fake.requests).toHaveLength(0);
    const buttons = editBodyOf(estimate).components.flatMap((row) => row.components);
    const confirm = buttons.find((b) => b.custom_id.startsWith('batch:confirm:'));
    expect(confirm).toBeDefined();

    const click = buildComponentInteraction(confirm?.custom_id ?? '');
    const [clickAck, startedEdit] = await send(s, click);
    expect(clickAck?.body).toEqual({ type: 6 });
    expect(editBodyOf(startedEdit).embeds[0]?.title).toBe('Batch value started');
    await s.finished;
    await s.bot.idle();

    // Upstream calls = distinct valid addresses not already cached, each once.
    expect(s.h.fake.countFor('avm')).toBe(385);
    const asked = s.h.fake.requests.map((r) => JSON.stringify(r.body));
    expect(new Set(asked).size).toBe(asked.length);
    const byClick = s.h.discord.calls.filter((c) => c.path.includes(`/${click.token}`));
    const progress = byClick.filter(
      (c) => c.method === 'PATCH' && editBodyOf(c).embeds[0]?.title === 'Batch value running',
    );
    expect(progress.length).toBeGreaterThan(0);
    const result = byClick.find((c) => c.method === 'POST' && c.path === `/webhooks/300/${click.token}`);
    expect(result?.body).toMatchObject({ flags: 64 });
    const names = result?.files.map((f) => f.name) ?? [];
    expect(names.filter((n) => /\.(csv|xlsx)$/.test(n))).toEqual([
      'book-value-results.csv',
      'book-value-results.xlsx',
    ]);
    expect(result?.files.find((f) => f.name.endsWith('.csv'))?.contentType).toBe('text/csv');
    // One row per input row, the input's own columns first, in the input's order.
    const csv = parse(
      Buffer.from(result?.files.find((f) => f.name.endsWith('.csv'))?.data ?? []).toString('utf8'),
      {
        delimiter: ';',
        bom: true,
      },
    ) as string[][];
    expect(csv).toHaveLength(501);
    const input = portfolio.csv.split('\r\n').map((line) => line.split(';'));
    for (const [i, row] of csv.slice(1).entries()) expect(row.slice(0, 4)).toEqual(input[i + 1]?.slice(0, 4));
    expect(csv.slice(1).filter((row) => row.at(-1) !== '')).toHaveLength(5);
    expect(s.h.discord.calls.some((c) => c.path.startsWith('/channels/'))).toBe(false);
    const summary = editBodyOf(result).embeds[0] as { fields?: { name: string; value: string }[] };
    expect(summary.fields?.find((f) => f.name === 'Credits spent')?.value).toBe(
      String(385 * (getOperation('avm')?.credits ?? 0)),
    );
    const jobId = confirm?.custom_id.split(':')[2] ?? '';
    expect(await s.h.store.batches.items(jobId)).toHaveLength(395);
    // The interaction tokens stay in memory: never in the job row, never in a log line.
    const job = JSON.stringify(await s.h.store.batches.getJob(jobId));
    for (const token of [command.token, click.token]) {
      expect(job).not.toContain(token);
      expect(JSON.stringify(s.h.logger.lines)).not.toContain(token);
    }
  });
});

describe('Discord: a job that outlives the interaction token', () => {
  async function confirmSmallJob(s: Setup) {
    const portfolio = makePortfolio({ distinct: 12, duplicates: 3, bad: 1 });
    const [, estimate] = await send(s, batchCommand(s, portfolio.csv));
    const confirm = editBodyOf(estimate)
      .components.flatMap((row) => row.components)
      .find((b) => b.custom_id.startsWith('batch:confirm:'));
    await send(s, buildComponentInteraction(confirm?.custom_id ?? ''));
    await s.finished;
    await s.bot.idle();
  }

  it('posts progress and the result files in the channel with the bot token', {
    timeout: 60_000,
  }, async () => {
    const s = await started({ tokenLifeMs: 0 });
    await confirmSmallJob(s);
    const posts = s.h.discord.calls.filter((c) => c.method === 'POST' && c.path === '/channels/400/messages');
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(posts.every((c) => c.authorized)).toBe(true);
    const result = posts.at(-1);
    expect(result?.files.map((f) => f.name).filter((n) => /\.(csv|xlsx)$/.test(n))).toEqual([
      'book-value-results.csv',
      'book-value-results.xlsx',
    ]);
    // The first is the progress message (later updates edit it), the last the result.
    expect(editBodyOf(posts[0]).embeds[0]?.title).toBe('Batch value running');
    expect(s.h.discord.calls.some((c) => c.path === '/users/@me/channels')).toBe(false);
  });

  it('sends them as a DM when the channel refuses the bot', { timeout: 60_000 }, async () => {
    const s = await started({ tokenLifeMs: 0 });
    s.h.discord.forbidChannel('400');
    await confirmSmallJob(s);
    const dm = s.h.discord.calls.find((c) => c.method === 'POST' && c.path === '/users/@me/channels');
    expect(dm?.body).toEqual({ recipient_id: '200' });
    const dmPosts = s.h.discord.calls.filter(
      (c) => c.method === 'POST' && /^\/channels\/7\d+\/messages$/.test(c.path),
    );
    expect(dmPosts.at(-1)?.files.map((f) => f.name)).toContain('book-value-results.xlsx');
  });
});

describe('Discord: attachments that are not used', () => {
  it('refuses a file on a host that is not Discord’s CDN without fetching it or storing a job', async () => {
    const s = await started();
    const [, reply] = await send(
      s,
      batchCommand(s, 'postcode;huisnummer\n1071AA;28\n', 'http://127.0.0.2:9/book.csv'),
    );
    expect(editBodyOf(reply).embeds[0]?.color).toBe(0xd1242f);
    expect(await s.h.store.batches.listJobIds('estimated')).toEqual([]);
  });

  it('answers a batch without a file with where the file goes', async () => {
    const s = await started();
    const [, reply] = await send(s, buildCommandInteraction('altum', 'batch', { command: 'value' }));
    expect(editBodyOf(reply).embeds[0]?.title).toBe('A batch needs a file');
  });
});
