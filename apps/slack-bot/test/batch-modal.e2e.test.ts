import { makePortfolio } from '@altum-chat/testkit';
import {
  blockActionsPayload,
  fileInputState,
  globalShortcutPayload,
  slashCommandBody,
  staticSelectState,
  viewSubmissionPayload,
} from '@altum-chat/testkit/slack';
import { expect, it } from 'vitest';
import { startBatchHarness, until } from './batch-harness.ts';
import { BOT_TOKEN } from './harness.ts';

interface OpenedModal {
  readonly callback_id: string;
  readonly blocks: readonly {
    block_id?: string;
    element?: { type: string; initial_option?: { value: string } };
  }[];
}

it('/altum batch advice without a file opens the form with a file input, advice preselected', async () => {
  await using h = await startBatchHarness();
  const response = await h.post(slashCommandBody({ text: 'batch advice', responseUrl: h.sink.url('c') }));
  expect(response.status).toBe(200);
  await until(() => h.slackApi.callsTo('views.open').length > 0, 'the form');
  const view = h.slackApi.callsTo('views.open')[0]?.args.view as OpenedModal;
  expect(view.callback_id).toBe('slack.batch');
  const elements = view.blocks.flatMap((b) => (b.element ? [b.element] : []));
  expect(elements.map((e) => e.type)).toEqual(['static_select', 'static_select', 'file_input']);
  expect(elements[0]?.initial_option?.value).toBe('advice');
  expect(h.altum.requests).toHaveLength(0);
});

it('the Batch of addresses shortcut opens the same form', async () => {
  await using h = await startBatchHarness();
  await h.interact(globalShortcutPayload({ callbackId: 'altum_batch' }));
  await until(() => h.slackApi.callsTo('views.open').length > 0, 'the form');
  const view = h.slackApi.callsTo('views.open')[0]?.args.view as OpenedModal | undefined;
  expect(view?.callback_id).toBe('slack.batch');
});

it('a file chosen in the form: estimate in the DM, Confirm, CSV and XLSX uploaded there', {
  timeout: 60_000,
}, async () => {
  await using h = await startBatchHarness();
  const portfolio = makePortfolio({ distinct: 30, duplicates: 6, bad: 2 });
  const url = h.slackApi.hostFile('book.csv', Buffer.from(portfolio.csv), BOT_TOKEN);
  const submitted = await h.interact(
    viewSubmissionPayload({
      callbackId: 'slack.batch',
      values: {
        command: { value: staticSelectState('value') },
        target: { value: staticSelectState(undefined) },
        file: { value: fileInputState([{ name: 'book.csv', size: portfolio.csv.length, url }]) },
      },
    }),
  );
  expect(submitted.status).toBe(200);
  await until(() => h.slackApi.callsTo('chat.postMessage').length > 0, 'the estimate');
  expect(h.slackApi.downloads).toEqual([{ name: 'book.csv', authorization: `Bearer ${BOT_TOKEN}` }]);
  const estimate = h.slackApi.callsTo('chat.postMessage')[0];
  expect(estimate?.args.channel).toBe('D0001');
  const text = JSON.stringify(estimate?.args.blocks);
  expect(text).toContain('Batch value: estimate for book.csv');
  expect(text).toMatch(/Distinct addresses.{0,20}30/);
  const confirmId = /"action_id":"(act:batch:confirm:[^"]+)"/.exec(text)?.[1];
  await h.interact(
    blockActionsPayload({ actionId: confirmId ?? '', responseUrl: h.sink.url('ok'), channelId: 'D0001' }),
  );
  await until(() => h.slackApi.callsTo('files.completeUploadExternal').length > 0, 'the result upload');
  expect(h.altum.countFor('avm')).toBe(30);
  expect(h.slackApi.uploads.map((u) => u.filename)).toEqual([
    'book-value-results.csv',
    'book-value-results.xlsx',
  ]);
  const csv = h.slackApi.uploads[0]?.bytes.toString('utf8').trim().split('\r\n') ?? [];
  expect(csv).toHaveLength(portfolio.rows + 1);
});

it('a form sent without a file is answered in the form, nothing downloaded or stored', async () => {
  await using h = await startBatchHarness();
  const response = await h.interact(
    viewSubmissionPayload({
      callbackId: 'slack.batch',
      values: { command: { value: staticSelectState('value') }, file: { value: fileInputState([]) } },
    }),
  );
  expect(await response.json()).toEqual({
    response_action: 'errors',
    errors: { file: 'Choose a CSV or XLSX file.' },
  });
  expect(h.slackApi.downloads).toEqual([]);
});
