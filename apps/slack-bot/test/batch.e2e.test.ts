import { FAKE_KEYS, makePortfolio } from '@altum-chat/testkit';
import { blockActionsPayload, eventCallbackBody } from '@altum-chat/testkit/slack';
import readXlsx from 'read-excel-file/node';
import { expect, it } from 'vitest';
import { startBatchHarness, until } from './batch-harness.ts';
import { BOT_TOKEN } from './harness.ts';

it('a CSV shared in a DM: estimate, Confirm, progress edits, CSV and XLSX uploaded', {
  timeout: 120_000,
}, async () => {
  await using h = await startBatchHarness({ concurrency: 8 });
  const portfolio = makePortfolio({ distinct: 395, duplicates: 100, bad: 5 });
  const url = h.slackApi.hostFile('book.csv', Buffer.from(portfolio.csv), BOT_TOKEN);
  const shared = await h.post(
    eventCallbackBody({
      type: 'message',
      subtype: 'file_share',
      channel: 'D0001',
      channel_type: 'im',
      user: 'U0001',
      text: 'batch value',
      ts: '1700000001.000100',
      files: [{ id: 'FIN1', name: 'book.csv', size: portfolio.csv.length, url_private_download: url }],
    }),
    'application/json',
  );
  expect(shared.status).toBe(200);
  await until(() => h.slackApi.callsTo('chat.postMessage').length > 0, 'the estimate').catch(
    (error: unknown) => {
      throw new Error(
        `${String(error)}\n${h.logs().slice(-3000)}\n${JSON.stringify(h.slackApi.calls.items.map((c) => c.method))}`,
      );
    },
  );
  expect(h.slackApi.downloads).toEqual([{ name: 'book.csv', authorization: `Bearer ${BOT_TOKEN}` }]);
  const estimate = h.slackApi.callsTo('chat.postMessage')[0];
  const text = JSON.stringify(estimate?.args.blocks);
  expect(text).toContain('Batch value: estimate for book.csv');
  expect(text).toMatch(/Distinct addresses.{0,20}395/);
  expect(text).toContain('line ');
  expect(h.altum.requests).toHaveLength(0);
  const confirmId = /"action_id":"(act:batch:confirm:[^"]+)"/.exec(text)?.[1];
  expect(confirmId).toBeDefined();

  await h.interact(
    blockActionsPayload({
      actionId: confirmId ?? '',
      responseUrl: h.sink.url('confirm'),
      channelId: 'D0001',
    }),
  );
  await until(() => h.slackApi.callsTo('files.completeUploadExternal').length > 0, 'the result upload');
  expect(h.altum.countFor('avm')).toBe(395);
  expect(h.slackApi.callsTo('chat.update').length).toBeGreaterThan(0);
  const csv = h.slackApi.uploads.find((u) => u.filename.endsWith('.csv'));
  const xlsx = h.slackApi.uploads.find((u) => u.filename.endsWith('.xlsx'));
  const csvLines = csv?.bytes.toString('utf8').trim().split('\r\n') ?? [];
  expect(csvLines[0]).toMatch(/^\ufeff?Postcode;Huisnummer;/);
  expect(csvLines.slice(1).filter((l) => !/^\d{4}/.test(l))).toEqual([]);
  expect(csvLines).toHaveLength(501);
  const [sheet] = await readXlsx(xlsx?.bytes ?? Buffer.alloc(0));
  expect(sheet?.data).toHaveLength(501);
  const summary = JSON.stringify(h.slackApi.callsTo('chat.postMessage').map((c) => c.args.blocks));
  expect(summary).toContain('Batch value: done');
  // No key or token in anything the app sent, logged or stored.
  const everything = [
    h.logs(),
    await h.dataFiles(),
    ...h.slackApi.calls.items.map((c) => c.raw),
    csv?.bytes.toString() ?? '',
  ];
  for (const text of everything) {
    expect(text).not.toContain(FAKE_KEYS.valid);
  }
  expect(h.logs()).not.toContain(BOT_TOKEN);
});
